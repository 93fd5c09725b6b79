import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  type ColumnProfile,
  type DataProfile,
  type NumericSummary,
  PROFILE_QUANTILE_LEVELS,
} from '../profile/data-profile';
import { diffProfiles } from './diff-profiles';

const close = (actual: number | null | undefined, expected: number) =>
  assert.ok(
    typeof actual === 'number' && Math.abs(actual - expected) <= 1e-12,
    `${actual} != ${expected}`,
  );

/** A numeric summary whose quantiles all sit at the median (enough for these comparisons). */
function numeric(summary: Omit<NumericSummary, 'quantiles'> & { median: number }): NumericSummary {
  const { median, ...rest } = summary;
  return { ...rest, quantiles: PROFILE_QUANTILE_LEVELS.map((q) => ({ q, value: median })) };
}

function column(name: string, fields: Partial<ColumnProfile>): ColumnProfile {
  return {
    name,
    kind: 'categorical',
    sqlType: 'VARCHAR',
    count: 0,
    missing: 0,
    distinct: 0,
    numeric: null,
    categorical: null,
    ...fields,
  };
}

const bins20 = (filled: Record<number, number>) =>
  Array.from({ length: 20 }, (_, i) => filled[i] ?? 0);

// from: x = 0, 10, 20, null over bins of width 1 on [0, 20]; c = a, a, a, b; gone = 4 × q.
const from: DataProfile = {
  format: 'loopline.data-profile/v1',
  rowCount: 4,
  columns: [
    column('x', {
      kind: 'numeric',
      sqlType: 'INTEGER',
      count: 3,
      missing: 1,
      distinct: 3,
      numeric: numeric({
        min: 0,
        max: 20,
        mean: 10,
        std: 10,
        median: 10,
        histogram: {
          edges: Array.from({ length: 21 }, (_, i) => i),
          counts: bins20({ 0: 1, 10: 1, 19: 1 }),
        },
      }),
    }),
    column('c', {
      count: 4,
      distinct: 2,
      categorical: {
        topK: [
          { value: 'a', count: 3 },
          { value: 'b', count: 1 },
        ],
        otherCount: 0,
      },
    }),
    column('gone', {
      count: 4,
      distinct: 1,
      categorical: { topK: [{ value: 'q', count: 4 }], otherCount: 0 },
    }),
  ],
};

// to: c = a, a, b, b, z; x (now BIGINT) = 0, 10, 20, 30, null over bins of width 1.5 on [0, 30].
const to: DataProfile = {
  format: 'loopline.data-profile/v1',
  rowCount: 5,
  columns: [
    column('c', {
      count: 5,
      distinct: 3,
      categorical: {
        topK: [
          { value: 'a', count: 2 },
          { value: 'b', count: 2 },
          { value: 'z', count: 1 },
        ],
        otherCount: 0,
      },
    }),
    column('x', {
      kind: 'numeric',
      sqlType: 'BIGINT',
      count: 4,
      missing: 1,
      distinct: 4,
      numeric: numeric({
        min: 0,
        max: 30,
        mean: 15,
        std: Math.sqrt(500 / 3),
        median: 15,
        histogram: {
          edges: [...Array.from({ length: 20 }, (_, i) => i * 1.5), 30],
          counts: bins20({ 0: 1, 6: 1, 13: 1, 19: 1 }),
        },
      }),
    }),
    column('new', { kind: 'numeric', sqlType: 'DOUBLE', missing: 5 }),
  ],
};

describe('diffProfiles', () => {
  const diff = diffProfiles(from, to);

  it('lists columns in the order of `to`, then the removed ones', () => {
    assert.deepEqual(
      diff.columns.map((c) => [c.name, c.presence]),
      [
        ['c', 'shared'],
        ['x', 'shared'],
        ['new', 'added'],
        ['gone', 'removed'],
      ],
    );
    assert.deepEqual(diff.columnsAdded, ['new']);
    assert.deepEqual(diff.columnsRemoved, ['gone']);
    assert.deepEqual(diff.columnsRetyped, ['x']);
    assert.deepEqual(diff.rowCount, { from: 4, to: 5, change: 1, relativeChange: 0.25 });
  });

  it('gives added and removed columns their type and nothing to compare', () => {
    const [, , added, removed] = diff.columns;
    assert.deepEqual(added.to, { kind: 'numeric', sqlType: 'DOUBLE' });
    assert.equal(added.from, null);
    assert.deepEqual(removed.from, { kind: 'categorical', sqlType: 'VARCHAR' });
    for (const c of [added, removed]) {
      assert.deepEqual(
        [c.missingRate, c.distinct, c.numeric, c.categorical],
        [null, null, null, null],
      );
    }
  });

  it('compares the moments and median of a numeric column, absolute and relative', () => {
    const x = diff.columns[1];
    assert.deepEqual(x.from, { kind: 'numeric', sqlType: 'INTEGER' });
    close(x.missingRate?.change, 0.2 - 0.25);
    assert.deepEqual(x.distinct, { from: 3, to: 4, change: 1, relativeChange: 1 / 3 });
    assert.deepEqual(x.numeric?.mean, { from: 10, to: 15, change: 5, relativeChange: 0.5 });
    assert.deepEqual(x.numeric?.min, { from: 0, to: 0, change: 0, relativeChange: 0 });
    assert.deepEqual(x.numeric?.max, { from: 20, to: 30, change: 10, relativeChange: 0.5 });
    assert.deepEqual(x.numeric?.median, { from: 10, to: 15, change: 5, relativeChange: 0.5 });
    close(x.numeric?.std.relativeChange, Math.sqrt(500 / 3) / 10 - 1);
  });

  it('scores numeric histograms after rebinning both onto edges spanning both ranges', () => {
    const numericDiff = diff.columns[1].numeric!;
    assert.deepEqual(numericDiff.histogram.edges, to.columns[1].numeric!.histogram.edges);
    // By hand: [10, 11) splits evenly over [9, 10.5) and [10.5, 12); [19, 20] over [18, 19.5)
    // and [19.5, 21).
    assert.deepEqual(
      numericDiff.histogram.from,
      bins20({ 0: 1, 6: 0.5, 7: 0.5, 12: 0.5, 13: 0.5 }),
    );
    assert.deepEqual(numericDiff.histogram.to, to.columns[1].numeric!.histogram.counts);
    // Computed independently from those vectors with exact fractions (Python).
    close(numericDiff.psi, 4.511657785052207);
    close(numericDiff.jensenShannon, 0.5550486879249708);
  });

  it('compares category shares over the union of both top lists', () => {
    const c = diff.columns[0].categorical!;
    assert.deepEqual(
      c.shares.map((share) => [share.value, share.from, share.to]),
      [
        ['a', 0.75, 0.4],
        ['b', 0.25, 0.4],
        ['z', 0, 0.2],
      ],
    );
    close(c.shares[0].change, 0.4 - 0.75);
    assert.deepEqual(c.newInTopK, ['z']);
    assert.deepEqual(c.goneFromTopK, []);
    assert.deepEqual(c.otherShare, { from: 0, to: 0, change: 0, relativeChange: 0 });
    // Share vectors [3, 1, 0 | 0] and [2, 2, 1 | 0], computed independently (Python).
    close(c.jensenShannon, 0.3894020442749084);
  });

  it('leaves a share unknown when the value is beyond a top list that has others', () => {
    const top = (first: number) =>
      Array.from({ length: 20 }, (_, i) => ({
        value: `v${String(first + i).padStart(2, '0')}`,
        count: 1,
      }));
    const before = {
      ...from,
      columns: [
        column('c', { count: 23, distinct: 23, categorical: { topK: top(0), otherCount: 3 } }),
      ],
    };
    const after = {
      ...from,
      columns: [
        column('c', { count: 23, distinct: 23, categorical: { topK: top(1), otherCount: 3 } }),
      ],
    };
    const c = diffProfiles(before, after).columns[0].categorical!;
    assert.deepEqual(c.shares.at(-2), { value: 'v20', from: null, to: 1 / 23, change: null });
    assert.deepEqual(c.shares.at(-1), { value: 'v00', from: 1 / 23, to: null, change: null });
    assert.deepEqual(c.newInTopK, ['v20']);
    assert.deepEqual(c.goneFromTopK, ['v00']);
    // By hand: two masses of 1/23 on disjoint values, the rest equal, so the divergence is
    // 2 × (1/23) / 2 × log2(2) = 1/23 bits.
    close(c.jensenShannon, Math.sqrt(1 / 23));
  });

  it('compares no distribution across kinds, nor with a side that has no values', () => {
    const asText = {
      ...to,
      columns: [
        column('x', {
          count: 4,
          missing: 1,
          distinct: 1,
          categorical: { topK: [{ value: '1', count: 4 }], otherCount: 0 },
        }),
      ],
    };
    const retyped = diffProfiles(from, asText).columns[0];
    assert.equal(retyped.retyped, true);
    assert.deepEqual([retyped.numeric, retyped.categorical], [null, null]);
    const empty = {
      ...from,
      rowCount: 0,
      columns: [column('x', { kind: 'numeric', sqlType: 'INTEGER' })],
    };
    const emptied = diffProfiles(from, empty).columns[0];
    assert.equal(emptied.retyped, false);
    assert.deepEqual([emptied.missingRate, emptied.numeric], [null, null]);
    assert.deepEqual(emptied.distinct, { from: 3, to: 0, change: -3, relativeChange: -1 });
  });

  it('finds nothing between a profile and itself', () => {
    const same = diffProfiles(to, to).columns[1].numeric!;
    assert.equal(same.psi, 0);
    assert.equal(same.jensenShannon, 0);
  });
});
