import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { edited, flights, problemPaths, REMOVE, shippedJson } from './feature-view-fixtures';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

const seattle = (edits: Record<string, unknown>) => edited(shippedJson('seattle-weather'), edits);

describe('label', () => {
  it('may be null, but not absent', () => {
    assert.equal(parseFeatureViewDefinition(flights({ label: null })).label, null);
    assert.deepEqual(problemPaths(flights({ label: REMOVE })), ['label']);
  });

  it('needs name, column and a known task', () => {
    assert.deepEqual(
      problemPaths(flights({ label: { name: 'Delayed', column: '', task: 'ranking' } })),
      ['label.column', 'label.name', 'label.task'],
    );
  });

  it('needs a valid positiveWhen for a binary task', () => {
    assert.deepEqual(problemPaths(flights({ 'label.positiveWhen': REMOVE })), [
      'label.positiveWhen',
    ]);
    assert.deepEqual(problemPaths(flights({ 'label.positiveWhen': { op: '=>', value: '15' } })), [
      'label.positiveWhen.op',
      'label.positiveWhen.value',
    ]);
  });

  it('takes only the fields of its task', () => {
    assert.deepEqual(problemPaths(flights({ 'label.task': 'regression' })), ['label.positiveWhen']);
    assert.deepEqual(problemPaths(seattle({ 'label.positiveWhen': { op: '>', value: 0 } })), [
      'label.positiveWhen',
    ]);
    const regression = parseFeatureViewDefinition(
      flights({ 'label.task': 'regression', 'label.positiveWhen': REMOVE }),
    );
    assert.deepEqual(regression.label, { name: 'delayed', column: 'delay', task: 'regression' });
  });

  it('checks declared multiclass classes', () => {
    const classes = ['sun', 'rain', 'drizzle', 'snow', 'fog'];
    const parsed = parseFeatureViewDefinition(seattle({ 'label.classes': classes }));
    assert.deepEqual(parsed.label, {
      name: 'weather',
      column: 'weather',
      task: 'multiclass',
      classes,
    });
    assert.deepEqual(problemPaths(seattle({ 'label.classes': ['sun'] })), ['label.classes']);
    assert.deepEqual(problemPaths(seattle({ 'label.classes': 'sun' })), ['label.classes']);
    assert.deepEqual(problemPaths(seattle({ 'label.classes': ['sun', '', 'rain', 'sun', 3] })), [
      'label.classes[1]',
      'label.classes[3]',
      'label.classes[4]',
    ]);
  });
});

describe('entity and eventTime', () => {
  it('are an explicit null or { column }', () => {
    assert.deepEqual(
      problemPaths(seattle({ entity: REMOVE, 'eventTime.column': '', 'eventTime.zone': 'UTC' })),
      ['entity', 'eventTime.column', 'eventTime.zone'],
    );
    assert.deepEqual(problemPaths(seattle({ entity: 'city' })), ['entity']);
  });
});

describe('aggregations', () => {
  it('need a known function, a name and a window of 0 to 3650 days', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'aggregations[0].function': 'sum',
          'aggregations[1].windowDays': 0,
          'aggregations[2].windowDays': 3651,
          'aggregations[2].name': REMOVE,
        }),
      ),
      [
        'aggregations[0].function',
        'aggregations[1].windowDays',
        'aggregations[2].name',
        'aggregations[2].windowDays',
      ],
    );
    assert.ok(parseFeatureViewDefinition(flights({ 'aggregations[0].windowDays': 0.5 })));
    assert.deepEqual(problemPaths(flights({ aggregations: {} })), ['aggregations']);
  });

  it('need a column for mean and rate, and a predicate for rate', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'aggregations[1].column': REMOVE,
          'aggregations[2].when': REMOVE,
        }),
      ),
      ['aggregations[1].column', 'aggregations[2].when'],
    );
    assert.deepEqual(problemPaths(flights({ 'aggregations[2].when': { op: '!=', value: null } })), [
      'aggregations[2].when.value',
    ]);
    assert.deepEqual(problemPaths(flights({ 'aggregations[1].when': { op: '>', value: 1 } })), [
      'aggregations[1].when',
    ]);
  });

  it('need an entity and an event time', () => {
    assert.deepEqual(problemPaths(flights({ entity: null })), ['entity']);
    assert.deepEqual(problemPaths(flights({ eventTime: null, 'split.strategy': 'random' })), [
      'eventTime',
    ]);
  });
});

describe('split', () => {
  it('needs a known strategy and a safe non-negative integer seed', () => {
    assert.deepEqual(problemPaths(flights({ 'split.strategy': 'stratified', 'split.seed': 1.5 })), [
      'split.seed',
      'split.strategy',
    ]);
    assert.deepEqual(problemPaths(flights({ 'split.seed': 2 ** 53 })), ['split.seed']);
    assert.deepEqual(problemPaths(flights({ 'split.seed': REMOVE })), ['split.seed']);
  });

  it('needs fractions in range that sum to 1', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'split.fractions': { train: 0, validation: -0.1, test: 1.1 },
        }),
      ),
      ['split.fractions.test', 'split.fractions.train', 'split.fractions.validation'],
    );
    assert.deepEqual(
      problemPaths(flights({ 'split.fractions': { train: 0.6, validation: 0.2, test: 0.1 } })),
      ['split.fractions'],
    );
    const parsed = parseFeatureViewDefinition(
      flights({ 'split.fractions': { train: 0.8, validation: 0, test: 0.2 } }),
    );
    assert.deepEqual(parsed.split.fractions, { train: 0.8, validation: 0, test: 0.2 });
    assert.deepEqual(problemPaths(flights({ 'split.fractions': { train: 1, validation: 0 } })), [
      'split.fractions.test',
    ]);
  });

  it('orders a time split by the event time', () => {
    assert.deepEqual(problemPaths(seattle({ eventTime: null })), ['split.strategy']);
    // Date parts may still read a timestamp column that is not the event time.
    const random = parseFeatureViewDefinition(
      seattle({ eventTime: null, 'split.strategy': 'random' }),
    );
    assert.equal(random.split.strategy, 'random');
  });
});
