import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { buildDriftReference } from './build-drift-reference';
import { driftRows } from './drift-fixtures';
import type { CategoricalColumnReference, NumericColumnReference } from './drift-reference';
import { parseDriftReference } from './parse-drift-reference';

describe('buildDriftReference', () => {
  it('cuts a numeric column at its percentiles, collapsing equal ones, and counts exactly', () => {
    // 0..999 once each: the cut at level i/100 is the value 10·i, every bin holds 10 values.
    const values = Float64Array.from({ length: 1000 }, (_, i) => i);
    const [column] = buildDriftReference(1000, [{ name: 'v', kind: 'numeric', values }])
      .columns as NumericColumnReference[];
    assert.deepEqual(
      column.cuts,
      Array.from({ length: 99 }, (_, i) => 10 * (i + 1)),
    );
    assert.deepEqual(column.counts, new Array(100).fill(10));
    assert.deepEqual([column.min, column.max, column.mean], [0, 999, 499.5]);
    assert.ok(Math.abs(column.std - 288.8194360957494) < 1e-9);
    assert.deepEqual(column.tailSums, [45, 9945]);

    // 70 % zeros, 30 % ones and one NaN: one cut, at 1.
    const binary = Float32Array.from({ length: 101 }, (_, i) => (i === 100 ? NaN : i < 70 ? 0 : 1));
    const [indicator] = buildDriftReference(101, [{ name: 'b', kind: 'numeric', values: binary }])
      .columns as NumericColumnReference[];
    assert.deepEqual([indicator.cuts, indicator.counts, indicator.missing], [[1], [70, 30], 1]);
  });

  it('keeps categories by frequency, ties in code point order, and turns time into hour and weekday', () => {
    const codes = Int32Array.from([0, 1, 1, 2, 2, -1, 3, 0]);
    // 'b' appears under two codes: one value.
    const labels = ['b', 'a', 'c', 'b'];
    // 2024-01-01 was a Monday.
    const times = Float64Array.from([
      Date.UTC(2024, 0, 1, 23, 30),
      Date.UTC(2024, 0, 6, 5),
      Date.UTC(1969, 11, 31, 23, 59),
      NaN,
      Date.UTC(2024, 0, 7, 5),
      Date.UTC(2024, 0, 7, 5),
      Date.UTC(2024, 0, 7, 5),
      Date.UTC(2024, 0, 7, 5),
    ]);
    const reference = buildDriftReference(8, [
      { name: 'k', kind: 'categorical', codes, labels },
      { name: 'at', kind: 'timestamp', values: times },
    ]);
    const [k, hour, weekday] = reference.columns as CategoricalColumnReference[];
    assert.deepEqual([k.categories, k.counts, k.missing], [['b', 'a', 'c'], [3, 2, 2, 0], 1]);
    assert.deepEqual(
      [hour.name, hour.categories, hour.counts, hour.missing],
      ['at.hour', ['05', '23'], [5, 2, 0], 1],
    );
    assert.deepEqual(hour.derivedFrom, { column: 'at', part: 'hour' });
    assert.deepEqual(
      [weekday.name, weekday.categories, weekday.counts],
      ['at.weekday', ['Sun', 'Mon', 'Sat', 'Wed'], [4, 1, 1, 1, 0]],
    );
  });

  it('survives JSON and parseDriftReference unchanged', () => {
    const reference = buildDriftReference(20_000, driftRows(20_000, 5));
    assert.deepEqual(
      reference.columns.map((column) => column.name),
      ['x', 'y', 'z', 'colour', 'airport', 't.hour', 't.weekday'],
    );
    const airport = reference.columns[4] as CategoricalColumnReference;
    assert.equal(airport.categories.length, 200);
    assert.ok(airport.counts[200] > 0, 'the 100 rarest airports count as other');
    assert.deepEqual(parseDriftReference(JSON.parse(JSON.stringify(reference))), reference);
  });
});

describe('parseDriftReference', () => {
  const valid = () => JSON.parse(JSON.stringify(buildDriftReference(1000, driftRows(1000, 2))));
  const problemsOf = (json: unknown) => {
    try {
      parseDriftReference(json);
    } catch (error) {
      assert.ok(error instanceof PlatformError);
      assert.equal(error.code, StatsErrorCode.InvalidProfile);
      return [...new Set((error.details.problems as { path: string }[]).map((p) => p.path))];
    }
    return assert.fail('expected STATS.INVALID_PROFILE');
  };

  it('names the column and field of every fault', () => {
    const json = valid();
    json.columns[0].cuts[3] = json.columns[0].cuts[2];
    json.columns[1].counts.pop();
    json.columns[3].counts[0] += 1;
    json.columns[4].categories[1] = 7;
    json.columns[5].derivedFrom.part = 'minute';
    json.columns[2].std = 'wide';
    assert.deepEqual(problemsOf(json), [
      "columns['x'].cuts",
      "columns['y'].counts",
      "columns['z'].std",
      "columns['colour'].counts",
      "columns['airport'].categories[1]",
      "columns['t.hour'].derivedFrom.part",
    ]);
  });

  it('rejects a wrong format, row count, kind or duplicate column', () => {
    assert.deepEqual(problemsOf('reference'), ['reference']);
    const json = valid();
    json.format = 'loopline.drift-reference/v0';
    json.columns[1].kind = 'ordinal';
    json.columns[2].name = 'x';
    json.rowCount = 999;
    const problems = problemsOf(json);
    assert.ok(problems.includes('format'));
    assert.ok(problems.includes("columns['y'].kind"));
    assert.ok(problems.includes("columns['x']"), 'duplicate name');
    assert.ok(problems.includes("columns['colour'].counts"), 'counts no longer add up to rowCount');
  });
});
