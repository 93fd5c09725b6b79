import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import {
  edited,
  flights,
  problemPaths,
  REMOVE,
  SHIPPED_VIEWS,
  shippedJson,
} from './feature-view-fixtures';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

describe('parseFeatureViewDefinition', () => {
  for (const name of SHIPPED_VIEWS) {
    it(`parses the shipped ${name} view`, () => {
      const definition = parseFeatureViewDefinition(shippedJson(name));
      assert.equal(definition.name, name);
      assert.ok(definition.features.length > 0);
    });
  }

  it('returns a normalized copy with defaults filled', () => {
    const json = shippedJson('flights-delay');
    const definition = parseFeatureViewDefinition(json);
    assert.deepEqual(definition.features[0].transform[0], {
      kind: 'impute',
      strategy: 'median',
      indicator: false,
    });
    assert.deepEqual(definition.features[1].transform[0], {
      kind: 'one_hot',
      maxCategories: 30,
      minCount: 100,
    });
    assert.deepEqual(definition.label, {
      name: 'delayed',
      column: 'delay',
      task: 'binary',
      positiveWhen: { op: '>', value: 15 },
    });
    assert.notEqual(definition.features, json.features);
    const oneHot = parseFeatureViewDefinition(
      flights({ 'features[1].transform[0].minCount': REMOVE }),
    );
    assert.deepEqual(oneHot.features[1].transform[0], {
      kind: 'one_hot',
      maxCategories: 30,
      minCount: 1,
    });
  });

  it('keeps everything else as written', () => {
    const definition = parseFeatureViewDefinition(shippedJson('seattle-weather'));
    assert.deepEqual(definition.split, {
      strategy: 'time',
      fractions: { train: 0.7, validation: 0.15, test: 0.15 },
      seed: 7,
    });
    assert.equal(definition.entity, null);
    assert.deepEqual(definition.eventTime, { column: 'date' });
    assert.deepEqual(definition.aggregations, []);
    assert.deepEqual(definition.features[3].transform[1], { kind: 'bucketize', quantiles: 5 });
  });

  it('takes absent aggregations as none', () => {
    const json = edited(shippedJson('seattle-weather'), { aggregations: REMOVE });
    assert.deepEqual(parseFeatureViewDefinition(json).aggregations, []);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, [], 'flights', 3]) {
      assert.deepEqual(problemPaths(input), ['(root)']);
    }
  });

  it('names unknown fields at every level instead of dropping them', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          version: 2,
          'source.table': 'x',
          'entity.key': 'x',
          'features[0].unit': 'miles',
          'features[0].transform[1].base': 10,
          'aggregations[0].column': 'delay',
          'split.fractions.holdout': 0,
        }),
      ),
      [
        'aggregations[0].column',
        'entity.key',
        'features[0].transform[1].base',
        'features[0].unit',
        'source.table',
        'split.fractions.holdout',
        'version',
      ],
    );
  });

  it('requires the top-level fields, with an explicit null for entity, eventTime and label', () => {
    const json = flights();
    for (const field of [
      'name',
      'description',
      'owner',
      'source',
      'entity',
      'eventTime',
      'label',
      'features',
      'split',
    ]) {
      delete json[field];
    }
    json.aggregations = [];
    assert.deepEqual(problemPaths(json), [
      'description',
      'entity',
      'eventTime',
      'features',
      'label',
      'name',
      'owner',
      'source',
      'split',
    ]);
  });

  it('checks names, texts and the dataset', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          name: 'Flights Delay',
          description: ' ',
          owner: 7,
          'source.dataset': '',
          'features[0].name': 'Distance',
          'features[1].description': '',
          'aggregations[0].name': 'flights-7d',
        }),
      ),
      [
        'aggregations[0].name',
        'description',
        'features[0].name',
        'features[1].description',
        'name',
        'owner',
        'source.dataset',
      ],
    );
    assert.deepEqual(problemPaths(flights({ name: 'a'.repeat(65) })), ['name']);
    assert.ok(parseFeatureViewDefinition(flights({ name: 'a_b-1'.padEnd(64, 'x') })));
  });

  it('reports several problems across sections at once, in one error', () => {
    const json = flights({
      'features[1].transform[0].maxCategories': 0,
      'aggregations[1].windowDays': -7,
      'split.fractions.test': 0.5,
      'label.task': 'ranking',
    });
    try {
      parseFeatureViewDefinition(json);
      assert.fail('expected the definition to be rejected');
    } catch (error) {
      assert.ok(error instanceof PlatformError);
      assert.equal(error.code, FeaturesErrorCode.InvalidDefinition);
      assert.equal(error.httpStatus, 400);
      const paths = (error.details.problems as { path: string }[]).map((p) => p.path).sort();
      assert.deepEqual(paths, [
        'aggregations[1].windowDays',
        'features[1].transform[0].maxCategories',
        'label.task',
        'split.fractions',
      ]);
      // The one-line summary names the first problems by path.
      assert.match(error.message, /label\.task/);
      assert.doesNotMatch(error.message, /\n/);
    }
  });
});
