import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { jensenShannonDistance } from './jensen-shannon-distance';

// Expected values computed independently as sqrt(H(m) - (H(p) + H(q)) / 2) in bits, with the
// proportions as exact fractions (Python's fractions.Fraction).
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= 1e-12, `${actual} != ${expected}`);

describe('jensenShannonDistance', () => {
  it('matches the entropy form of the definition', () => {
    close(jensenShannonDistance([1, 2, 3, 4], [4, 3, 2, 1]), 0.3918681606471551);
    close(jensenShannonDistance([3, 1], [1, 3]), 0.4344213111034807);
  });

  it('is sqrt(1/2) when half of each mass is shared (by hand: m = 1/4, 1/4, 1/2)', () => {
    close(jensenShannonDistance([5, 0, 5], [0, 5, 5]), Math.SQRT1_2);
  });

  it('is 0 for the same distribution at any scale and 1 for disjoint supports', () => {
    assert.equal(jensenShannonDistance([1, 2, 3], [2, 4, 6]), 0);
    assert.equal(jensenShannonDistance([7, 0], [0, 3]), 1);
  });

  it('is symmetric', () => {
    close(jensenShannonDistance([1, 5, 2], [3, 1, 1]), jensenShannonDistance([3, 1, 1], [1, 5, 2]));
  });

  it('rejects count vectors of different lengths', () => {
    assert.throws(
      () => jensenShannonDistance([1, 2], [1, 2, 3]),
      (error: unknown) =>
        error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
    );
  });
});
