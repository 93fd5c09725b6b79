import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { bucketIndices, bucketLabels, fitBucketize } from './bucketize-step';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const fit = (q: number, ...xs: number[]) =>
  fitBucketize({ kind: 'bucketize', quantiles: q }, f64(...xs))?.boundaries;

describe('bucketize', () => {
  it('puts boundaries at equal-frequency ranks', () => {
    // 10 values, 5 buckets: ranks 2, 4, 6, 8 → two values per bucket.
    assert.deepEqual(fit(5, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, NaN), [2, 4, 6, 8]);
    assert.deepEqual(fit(4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), [3, 6, 8]);
  });

  it('drops tied boundaries and one equal to the minimum', () => {
    assert.deepEqual(fit(5, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4), [1, 3]);
    assert.deepEqual(fit(4, 7, 7, 7, 7), []);
    assert.deepEqual(fit(3, NaN), []);
  });

  it('fits nothing for declared boundaries', () => {
    assert.equal(fitBucketize({ kind: 'bucketize', boundaries: [1, 2] }, f64(1, 5)), null);
  });

  it('counts the boundaries ≤ x, so a value on a boundary goes up', () => {
    const index = bucketIndices(f64(-1, 0, 0.5, 1, 2, 3, NaN), [0, 1, 2]);
    assert.deepEqual([...index], [0, 1, 1, 2, 3, 3, -1]);
    assert.deepEqual(bucketLabels([0, 1.5, 2]), ['<0', '[0,1.5)', '[1.5,2)', '>=2']);
    assert.deepEqual(bucketLabels([]), ['all']);
    assert.deepEqual([...bucketIndices(f64(5, NaN), [])], [0, -1]);
  });
});
