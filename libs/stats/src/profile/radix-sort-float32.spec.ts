import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { radixSortedFiniteFloat32 } from './radix-sort-float32';

describe('radixSortedFiniteFloat32', () => {
  it('sorts like a native sort of the finite values, negatives, zeros and extremes included', () => {
    const values = new Float32Array(50_000);
    for (let i = 0; i < values.length; i++)
      values[i] = (Math.random() - 0.5) * 10 ** ((i % 40) - 20);
    values.set([NaN, Infinity, -Infinity, 0, -0, 3.4e38, -3.4e38, 1e-45, -1e-45], 0);
    const expected = Float64Array.from(values.filter(Number.isFinite)).sort();
    const sorted = radixSortedFiniteFloat32(values);
    assert.equal(sorted.length, expected.length);
    assert.deepEqual(Array.from(sorted), Array.from(expected));
  });

  it('handles an empty column and a column of only missing values', () => {
    assert.equal(radixSortedFiniteFloat32(new Float32Array(0)).length, 0);
    assert.equal(radixSortedFiniteFloat32(Float32Array.of(NaN, NaN)).length, 0);
  });
});
