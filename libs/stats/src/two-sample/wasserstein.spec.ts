import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { wassersteinDistance } from './wasserstein';

const rejects = (run: () => unknown) =>
  assert.throws(
    run,
    (error: unknown) =>
      error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
  );

describe('wassersteinDistance', () => {
  it('is the shift between two copies of one sample', () => {
    assert.equal(wassersteinDistance([0, 1, 3], [5, 6, 8]), 5);
  });

  it('integrates |F_a − F_b| for samples of different sizes (by hand)', () => {
    // F_a steps 0 → 1 at 0; F_b steps 0 → ½ at 0 and ½ → 1 at 2: area ½ · 2 = 1.
    assert.equal(wassersteinDistance([0], [0, 2]), 1);
  });

  it('is 0 for identical and for all-tied equal samples, and symmetric', () => {
    assert.equal(wassersteinDistance([2, 1, 2], [1, 2, 2]), 0);
    assert.equal(wassersteinDistance([4, 4, 4], [4]), 0);
    assert.equal(wassersteinDistance([1, 5, 2], [3, 9]), wassersteinDistance([3, 9], [1, 5, 2]));
  });

  it('rejects an empty sample or NaN', () => {
    rejects(() => wassersteinDistance([], [1]));
    rejects(() => wassersteinDistance([1, NaN], [1]));
  });
});
