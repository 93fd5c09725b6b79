import { checkFinite } from '../input/check-scores';
import { pairedLength } from '../input/paired-length';
import type { RegressionReport } from '../metric-reports';

/**
 * rmse, mae and r2 of `predictions` against `targets`, equal to scikit-learn's
 * root_mean_squared_error, mean_absolute_error and r2_score.
 *
 * r2 follows r2_score's edge cases: NaN for a single row (undefined with fewer than two samples);
 * for constant targets 1 when every prediction is exact, else 0 (force_finite=True) instead of
 * ±∞. Constant targets are recognised by comparing the values themselves rather than testing the
 * sum of squares around their mean for 0, which floating-point rounding of the mean can miss.
 */
export function regressionMetrics(
  targets: ArrayLike<number>,
  predictions: ArrayLike<number>,
): RegressionReport {
  const rows = pairedLength('targets', targets, 'predictions', predictions);
  checkFinite('targets', targets);
  checkFinite('predictions', predictions);

  let targetSum = 0;
  let squaredError = 0;
  let absoluteError = 0;
  let constant = true;
  for (let row = 0; row < rows; row++) {
    const target = targets[row];
    const error = target - predictions[row];
    targetSum += target;
    squaredError += error * error;
    absoluteError += Math.abs(error);
    if (target !== targets[0]) constant = false;
  }
  const mean = targetSum / rows;
  let totalSquares = 0;
  if (!constant) {
    for (let row = 0; row < rows; row++) totalSquares += (targets[row] - mean) ** 2;
  }
  return {
    metrics: {
      rmse: Math.sqrt(squaredError / rows),
      mae: absoluteError / rows,
      r2: rSquared(rows, squaredError, totalSquares),
    },
  };
}

function rSquared(rows: number, squaredError: number, totalSquares: number): number {
  if (rows < 2) return Number.NaN;
  if (totalSquares === 0) return squaredError === 0 ? 1 : 0;
  return 1 - squaredError / totalSquares;
}
