import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { chiSquareContingency, chiSquareSurvival } from './chi-square';

const close = (actual: number, expected: number, relative: number) =>
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${actual} != ${expected}`,
  );
const rejects = (run: () => unknown) =>
  assert.throws(
    run,
    (error: unknown) =>
      error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
  );

describe('chiSquareContingency', () => {
  it('computes Pearson’s statistic for a 2 × 2 table by hand', () => {
    // Totals 30 and 30, columns 20 and 40: every expected count is 10 or 20, every residual ±5.
    const result = chiSquareContingency([15, 15], [5, 25]);
    close(result.statistic, 25 / 10 + 25 / 20 + 25 / 10 + 25 / 20, 1e-15);
    assert.equal(result.dof, 1);
    close(result.pValue, chiSquareSurvival(7.5, 1), 1e-15);
  });

  it('drops categories empty on both sides, keeps those empty on one', () => {
    const withEmpty = chiSquareContingency([15, 0, 15, 0], [5, 0, 25, 4]);
    const without = chiSquareContingency([15, 15, 0], [5, 25, 4]);
    assert.deepEqual(withEmpty, without);
    assert.equal(without.dof, 2);
  });

  it('gives statistic 0 and p-value 1 with one category left, or proportional counts', () => {
    assert.deepEqual(chiSquareContingency([0, 7, 0], [0, 3, 0]), {
      statistic: 0,
      dof: 0,
      pValue: 1,
    });
    const proportional = chiSquareContingency([10, 20, 30], [20, 40, 60]);
    assert.equal(proportional.statistic, 0);
    assert.equal(proportional.pValue, 1);
  });

  it('rejects misaligned, negative or empty count vectors', () => {
    rejects(() => chiSquareContingency([1, 2], [1, 2, 3]));
    rejects(() => chiSquareContingency([], []));
    rejects(() => chiSquareContingency([1, -2], [1, 1]));
    rejects(() => chiSquareContingency([0, 0], [1, 1]));
    rejects(() => chiSquareContingency([1, NaN], [1, 1]));
  });
});

describe('chiSquareSurvival', () => {
  it('matches the closed forms for 2 and 4 degrees of freedom, far into the tail', () => {
    for (const x of [0.01, 1, 3, 10, 100, 700, 1300]) {
      close(chiSquareSurvival(x, 2), Math.exp(-x / 2), 1e-13);
      close(chiSquareSurvival(x, 4), Math.exp(-x / 2) * (1 + x / 2), 1e-13);
    }
  });

  it('is 1 at 0 and below, 0 at infinity, and rejects a dof that is not positive', () => {
    assert.equal(chiSquareSurvival(0, 3), 1);
    assert.equal(chiSquareSurvival(-1, 3), 1);
    assert.equal(chiSquareSurvival(Infinity, 3), 0);
    rejects(() => chiSquareSurvival(1, 0));
    rejects(() => chiSquareSurvival(NaN, 2));
  });
});
