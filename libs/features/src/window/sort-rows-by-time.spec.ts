import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { seededRandom } from '@loopline/stats';
import { sortRowsByTime } from './sort-rows-by-time';

/** The obvious stable sort, as the reference. */
function reference(rows: Uint32Array, times: Float64Array): number[] {
  return [...rows].sort((a, b) => times[a] - times[b] || 0);
}

describe('sortRowsByTime', () => {
  it('orders by time, keeping ties in the given order, across signs and magnitudes', () => {
    const times = Float64Array.of(5, -3, 0, -0, 1e15, -1e15, 5, 0.5, -0.25, 5, 1.7e12, 1.7e12 + 1);
    const rows = Uint32Array.from(times.keys()).reverse();
    const sorted = [...sortRowsByTime(rows, times)];
    assert.deepEqual(sorted, reference(rows, times));
    assert.deepEqual(sorted.slice(0, 4), [5, 1, 8, 3]); // -1e15, -3, -0.25, then -0 (row 3 before 2)
  });

  it('matches the reference on random epoch times, many tied, in any subset order', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 2000);
      const times = Float64Array.from(
        { length: n },
        () => 1.7e12 + Math.floor(random() * 500) * 60_000,
      );
      const rows = Uint32Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.8);
      assert.deepEqual([...sortRowsByTime(rows, times)], reference(rows, times));
    }
  });

  it('returns a copy when the rows are already in order', () => {
    const rows = Uint32Array.of(0, 1, 2);
    const sorted = sortRowsByTime(rows, Float64Array.of(1, 1, 2));
    assert.deepEqual([...sorted], [0, 1, 2]);
    assert.notEqual(sorted, rows);
  });
});
