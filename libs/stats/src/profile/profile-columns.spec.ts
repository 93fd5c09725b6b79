import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { compareCodePoints } from './compare-code-points';
import { parseDataProfile } from './parse-data-profile';
import { profileColumns } from './profile-columns';

const close = (actual: number | undefined, expected: number) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${actual} != ${expected}`,
  );

function nonEmptyBins(counts: number[]): Record<number, number> {
  return Object.fromEntries(counts.flatMap((count, bin) => (count > 0 ? [[bin, count]] : [])));
}

describe('profileColumns', () => {
  it('summarises numbers as the DuckDB profiler does, NaN and infinities missing', () => {
    const values = new Float64Array([3, Number.NaN, 1, Infinity, 4, 2, -Infinity]);
    const profile = profileColumns(7, [{ name: 'x', kind: 'numeric', values }]);
    assert.deepEqual(parseDataProfile(JSON.parse(JSON.stringify(profile))), profile);
    const [x] = profile.columns;
    assert.deepEqual(
      [x.kind, x.sqlType, x.count, x.missing, x.distinct],
      ['numeric', 'DOUBLE', 4, 3, 4],
    );
    const summary = x.numeric!;
    assert.deepEqual([summary.min, summary.max, summary.mean], [1, 4, 2.5]);
    close(summary.std, Math.sqrt(5 / 3));
    const expected = [1.03, 1.15, 1.75, 2.5, 3.25, 3.85, 3.97];
    summary.quantiles.forEach((quantile, j) => close(quantile.value, expected[j]));
    assert.deepEqual([summary.histogram.edges[0], summary.histogram.edges[20]], [1, 4]);
    assert.deepEqual(nonEmptyBins(summary.histogram.counts), { 0: 1, 6: 1, 13: 1, 19: 1 });
  });

  it('puts a value on an edge in the bin that edge opens', () => {
    const values = new Float32Array([1, 1.2, 3].map(Math.fround));
    const [x] = profileColumns(3, [{ name: 'x', kind: 'numeric', values }]).columns;
    assert.equal(x.sqlType, 'FLOAT');
    const { edges, counts } = x.numeric!.histogram;
    const edgeBin = edges.findIndex(
      (edge, i) => edge <= Math.fround(1.2) && Math.fround(1.2) < edges[i + 1],
    );
    assert.equal(counts[edgeBin], 1);
    const exact = profileColumns(3, [
      { name: 'x', kind: 'numeric', values: new Float64Array([1, 1.2, 3]) },
    ]);
    assert.equal(exact.columns[0].numeric!.histogram.edges[2], 1.2);
    assert.deepEqual(nonEmptyBins(exact.columns[0].numeric!.histogram.counts), {
      0: 1,
      2: 1,
      19: 1,
    });
  });

  it('gives a constant column one zero-width bin and no spread, an empty one no summary', () => {
    const profile = profileColumns(3, [
      { name: 'k', kind: 'timestamp', values: new Float64Array([7, 7, 7]) },
      {
        name: 'none',
        kind: 'numeric',
        values: new Float64Array([Number.NaN, Number.NaN, Number.NaN]),
      },
    ]);
    const [k, none] = profile.columns;
    assert.equal(k.sqlType, 'TIMESTAMP');
    assert.deepEqual(k.numeric!.histogram, { edges: [7, 7], counts: [3] });
    assert.equal(k.numeric!.std, 0);
    assert.deepEqual([none.count, none.missing, none.distinct, none.numeric], [0, 3, 0, null]);
  });

  it('keeps the top 20 values, ties by value, merging equal labels', () => {
    // v0 … v4 twice, v5 … v24 once, v3 split over two codes; -1 missing.
    const labels = [...Array.from({ length: 25 }, (_, i) => `v${i}`), 'v3'];
    const codes = Int32Array.from([...Array.from({ length: 30 }, (_, i) => i % 25), -1]);
    codes[28] = 25;
    const [column] = profileColumns(31, [
      { name: 'c', kind: 'categorical', codes, labels },
    ]).columns;
    assert.deepEqual([column.count, column.missing, column.distinct], [30, 1, 25]);
    assert.deepEqual(
      column.categorical!.topK.map((entry) => `${entry.value}:${entry.count}`),
      [
        ...['v0', 'v1', 'v2', 'v3', 'v4'].map((v) => `${v}:2`),
        ...Array.from({ length: 15 }, (_, j) => `v${10 + j}:1`),
      ],
    );
    assert.equal(column.categorical!.otherCount, 5);
  });

  it('orders text by code point, as the engine does', () => {
    const words = ['\u{1F600}', '\uFF01', 'b', 'a', ''];
    assert.deepEqual([...words].sort(compareCodePoints), ['', 'a', 'b', '\uFF01', '\u{1F600}']);
  });

  it('refuses columns of the wrong length and codes without a label', () => {
    const refused = (run: () => unknown) =>
      assert.throws(
        run,
        (error) =>
          error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
      );
    refused(() => profileColumns(2, [{ name: 'x', kind: 'numeric', values: new Float64Array(3) }]));
    refused(() =>
      profileColumns(1, [
        { name: 'c', kind: 'categorical', codes: Int32Array.of(1), labels: ['a'] },
      ]),
    );
  });

  it('profiles 2M values', () => {
    const values = new Float64Array(2_000_000).map((_, i) => Math.sin(i) * 1e6);
    const started = performance.now();
    const [x] = profileColumns(values.length, [{ name: 'x', kind: 'numeric', values }]).columns;
    console.log(`profileColumns: 2M doubles in ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(
      x.numeric!.histogram.counts.reduce((a, b) => a + b, 0),
      2_000_000,
    );
  });
});
