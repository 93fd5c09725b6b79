import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { populationStabilityIndex } from './population-stability-index';

// Expected values computed independently with exact fractions for the proportions and
// smoothing (Python's fractions.Fraction), then math.log.
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= 1e-12, `${actual} != ${expected}`);

describe('populationStabilityIndex', () => {
  it('matches the unsmoothed definition when epsilon is 0', () => {
    close(populationStabilityIndex([10, 20, 30, 40], [15, 25, 25, 35], 0), 0.04722308044204257);
  });

  it('smooths every proportion by epsilon and renormalises', () => {
    close(populationStabilityIndex([10, 20, 30, 40], [15, 25, 25, 35], 1e-4), 0.047177441577241325);
    close(populationStabilityIndex([0, 5, 5], [2, 4, 4]), 1.5644298504739382);
    close(populationStabilityIndex([0, 1, 3], [0, 2, 2]), 0.27450407205138894);
  });

  it('reads a bin emptied on one side as a large but finite shift, the same both ways', () => {
    close(populationStabilityIndex([90, 10], [100, 0]), 0.701270164470571);
    close(populationStabilityIndex([100, 0], [90, 10]), 0.701270164470571);
    assert.equal(populationStabilityIndex([90, 10], [100, 0], 0), Infinity);
  });

  it('is 0 for proportional counts', () => {
    assert.equal(populationStabilityIndex([1, 2, 3], [10, 20, 30]), 0);
  });

  it('rejects misaligned, negative or empty count vectors', () => {
    const rejects = (expected: number[], actual: number[]) =>
      assert.throws(
        () => populationStabilityIndex(expected, actual),
        (error: unknown) =>
          error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
      );
    rejects([1, 2], [1, 2, 3]);
    rejects([], []);
    rejects([1, -1], [1, 1]);
    rejects([0, 0], [1, 1]);
    rejects([1, NaN], [1, 1]);
  });
});
