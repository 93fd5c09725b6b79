import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { LabelRule } from './label-rule';
import { parseLabels } from './label-rule';

const FLIGHTS: LabelRule = {
  definition: {
    name: 'delayed',
    column: 'delay',
    task: 'binary',
    positiveWhen: { op: '>', value: 15 },
  },
  classes: null,
};
const WEATHER: LabelRule = {
  definition: { name: 'weather', column: 'weather', task: 'multiclass' },
  classes: ['drizzle', 'fog', 'rain', 'snow', 'sun'],
};
const FARE: LabelRule = {
  definition: { name: 'fare', column: 'fare', task: 'regression' },
  classes: null,
};

const ok = (labelClass: string | null, labelValue: number) => ({
  ok: true,
  labelClass,
  labelValue,
});

describe('parseLabels', () => {
  it('applies the label rule to raw outcomes in the source column (delay minutes)', () => {
    assert.deepEqual(parseLabels(FLIGHTS, 'delay', ['16', '15', '-3.0', '240.5']), [
      ok('1', 1),
      ok('0', 0),
      ok('0', 0),
      ok('1', 1),
    ]);
  });

  it('reads class labels from any other column: 0/1 and true/false', () => {
    assert.deepEqual(parseLabels(FLIGHTS, 'delayed', ['1', '0', 'true', 'FALSE', '1.0']), [
      ok('1', 1),
      ok('0', 0),
      ok('1', 1),
      ok('0', 0),
      ok('1', 1),
    ]);
  });

  it('rejects missing and unparseable labels with a reason, row by row', () => {
    const parsed = parseLabels(FLIGHTS, 'delay', ['late', null, ' ', '20']);
    assert.deepEqual(
      parsed.map((p) => p.ok),
      [false, false, false, true],
    );
    assert.match((parsed[0] as { reason: string }).reason, /'late' of delay is not a number/);
    assert.equal((parsed[1] as { reason: string }).reason, 'missing label');
    const classes = parseLabels(FLIGHTS, 'delayed', ['27']);
    assert.equal(classes[0].ok, false);
    assert.match((classes[0] as { reason: string }).reason, /not a binary class/);
  });

  it('maps multiclass labels to their class index, and rejects unknown classes', () => {
    const parsed = parseLabels(WEATHER, 'weather', ['sun', 'rain', 'hail', 'drizzle']);
    assert.deepEqual(parsed.slice(0, 2), [ok('sun', 4), ok('rain', 2)]);
    assert.equal(parsed[2].ok, false);
    assert.match((parsed[2] as { reason: string }).reason, /'hail' is not one of the classes/);
    assert.deepEqual(parsed[3], ok('drizzle', 0));
  });

  it('reads numeric classes written as decimals', () => {
    const rule: LabelRule = {
      definition: { name: 'stars', column: 'stars', task: 'multiclass' },
      classes: ['1', '2', '3'],
    };
    assert.deepEqual(parseLabels(rule, 'stars', ['3.0', '1']), [ok('3', 2), ok('1', 0)]);
  });

  it('takes regression labels as numbers', () => {
    const parsed = parseLabels(FARE, 'fare', ['12.5', 'n/a']);
    assert.deepEqual(parsed[0], ok(null, 12.5));
    assert.equal(parsed[1].ok, false);
  });
});
