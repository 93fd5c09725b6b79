import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { regressionMetrics } from './regression-metrics';

describe('regressionMetrics', () => {
  it('computes rmse, mae and r2 by hand', () => {
    // Errors 0.5, −0.5, 0, −1: squared mean 0.375, absolute mean 0.5; targets' mean 2.875 and
    // squares about it 7.296875 (sklearn's r2_score documentation gives 0.948… for this split).
    const { metrics } = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    assertClose(metrics['rmse']!, Math.sqrt(0.375));
    assertClose(metrics['mae']!, 0.5);
    assertClose(metrics['r2']!, 1 - 1.5 / 29.1875);
  });

  it('follows r2_score on constant targets and single rows', () => {
    assertClose(regressionMetrics([0.1, 0.1, 0.1], [0.1, 0.1, 0.1]).metrics['r2']!, 1);
    assertClose(regressionMetrics([0.1, 0.1, 0.1], [0.1, 0.2, 0.1]).metrics['r2']!, 0);
    assertClose(regressionMetrics([4], [3]).metrics['r2']!, Number.NaN);
    assertClose(regressionMetrics([4], [3]).metrics['mae']!, 1);
  });

  it('rejects mismatched, empty and non-finite input', () => {
    assertInvalidInput(
      () => regressionMetrics([1, 2], [1]),
      /predictions has 1 values but targets has 2 rows/,
    );
    assertInvalidInput(() => regressionMetrics([], []), /empty/);
    assertInvalidInput(() => regressionMetrics([1, NaN], [1, 2]), /targets\[1\] is NaN/);
    assertInvalidInput(
      () => regressionMetrics([1, 2], [1, -Infinity]),
      /predictions\[1\] is -Infinity/,
    );
  });
});
