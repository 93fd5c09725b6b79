import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { rebinHistogram } from './rebin-histogram';

const counts = (edges: number[], from: { edges: number[]; counts: number[] }) =>
  rebinHistogram(from, edges).counts;

describe('rebinHistogram', () => {
  const twoBins = { edges: [0, 10, 20], counts: [10, 20] };

  it('splits a bin by the share of its width each target bin overlaps', () => {
    assert.deepEqual(counts([0, 5, 10, 15, 20], twoBins), [5, 5, 10, 10]);
    assert.deepEqual(counts([0, 2.5, 20], twoBins), [2.5, 27.5]);
    assert.deepEqual(counts([0, 20], twoBins), [30]);
  });

  it('drops the mass outside the target edges', () => {
    assert.deepEqual(counts([5, 15], twoBins), [15]);
    assert.deepEqual(counts([-10, -5], twoBins), [0]);
  });

  it('puts a zero-width bin at its point, the last target bin being closed', () => {
    const constant = { edges: [3, 3], counts: [7] };
    assert.deepEqual(counts([0, 3, 6], constant), [0, 7]);
    assert.deepEqual(counts([0, 1.5, 3], constant), [0, 7]);
    assert.deepEqual(counts([3, 3], constant), [7]);
    assert.deepEqual(counts([4, 5], constant), [0]);
  });

  it('returns the target edges with the counts', () => {
    assert.deepEqual(rebinHistogram(twoBins, [0, 20]), { edges: [0, 20], counts: [30] });
  });

  it('rejects edges out of order and histograms whose counts do not fit their edges', () => {
    const rejects = (run: () => unknown) =>
      assert.throws(
        run,
        (error: unknown) =>
          error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
      );
    rejects(() => rebinHistogram(twoBins, [10, 0]));
    rejects(() => rebinHistogram(twoBins, [0]));
    rejects(() => rebinHistogram({ edges: [0, 1], counts: [1, 2] }, [0, 1]));
  });
});
