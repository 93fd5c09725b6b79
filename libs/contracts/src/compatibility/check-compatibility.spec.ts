import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkCompatibility } from './check-compatibility';

const base = {
  type: 'record',
  name: 'ThingHappened',
  namespace: 'io.loopline.events',
  fields: [
    { name: 'thingName', type: 'string' },
    { name: 'count', type: 'int' },
    { name: 'kind', type: { type: 'enum', name: 'Kind', symbols: ['a', 'b'] } },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};
type Field = (typeof base.fields)[number] | Record<string, unknown>;
const withFields = (fields: Field[]): object => ({ ...base, fields });
const replaceField = (name: string, field: Field): object =>
  withFields(base.fields.map((existing) => (existing.name === name ? field : existing)));

describe('checkCompatibility', () => {
  it('accepts an identical schema', () => {
    assert.deepEqual(checkCompatibility(base, base), {
      backward: true,
      forward: true,
      problems: [],
    });
  });

  it('accepts a new field with a default in both directions', () => {
    const next = withFields([
      ...base.fields,
      { name: 'tags', type: { type: 'map', values: 'string' }, default: {} },
    ]);
    assert.deepEqual(checkCompatibility(base, next), {
      backward: true,
      forward: true,
      problems: [],
    });
  });

  it('reports a new field without default as backward incompatible, naming the field', () => {
    const report = checkCompatibility(
      base,
      withFields([...base.fields, { name: 'owner', type: 'string' }]),
    );
    assert.equal(report.backward, false);
    assert.equal(report.forward, true);
    assert.equal(report.problems.length, 1);
    assert.match(report.problems[0], /^backward.*ThingHappened\.owner.*default/);
  });

  it('reports a removed field without default as forward incompatible', () => {
    const report = checkCompatibility(
      base,
      withFields(base.fields.filter((field) => field.name !== 'count')),
    );
    assert.equal(report.backward, true);
    assert.equal(report.forward, false);
    assert.match(report.problems.join('\n'), /^forward.*ThingHappened\.count/m);
  });

  it('reports a retyped field in both directions', () => {
    const report = checkCompatibility(
      base,
      replaceField('count', { name: 'count', type: 'string' }),
    );
    assert.equal(report.backward, false);
    assert.equal(report.forward, false);
    assert.equal(report.problems.length, 2);
    for (const problem of report.problems) assert.match(problem, /ThingHappened\.count.*retyped/);
  });

  it('allows a promotion one way only (int to long)', () => {
    const report = checkCompatibility(base, replaceField('count', { name: 'count', type: 'long' }));
    assert.equal(report.backward, true);
    assert.equal(report.forward, false);
  });

  it('reports a new enum symbol as forward incompatible unless the enum has a default', () => {
    const grown = (extra: object) =>
      replaceField('kind', {
        name: 'kind',
        type: { type: 'enum', name: 'Kind', symbols: ['a', 'b', 'c'], ...extra },
      });
    const report = checkCompatibility(base, grown({}));
    assert.equal(report.backward, true);
    assert.equal(report.forward, false);
    assert.match(report.problems[0], /ThingHappened\.kind.*\bc\b.*default/);

    const withDefault = replaceField('kind', {
      name: 'kind',
      type: { type: 'enum', name: 'Kind', symbols: ['a', 'b', 'unknown'], default: 'unknown' },
    });
    assert.equal(
      checkCompatibility(
        withDefault,
        grown({ symbols: ['a', 'b', 'unknown', 'c'], default: 'unknown' }),
      ).forward,
      true,
    );
  });

  it('reports a renamed record without alias', () => {
    const report = checkCompatibility(base, { ...base, name: 'ThingOccurred' });
    assert.equal(report.backward, false);
    assert.equal(report.forward, false);
  });

  it('reports a changed optional field type inside a union', () => {
    const report = checkCompatibility(
      base,
      replaceField('note', { name: 'note', type: ['null', 'int'], default: null }),
    );
    assert.equal(report.backward, false);
    assert.match(report.problems[0], /ThingHappened\.note.*union/);
  });
});
