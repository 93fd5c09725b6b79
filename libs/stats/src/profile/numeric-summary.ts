import { type NumericSummary, PROFILE_QUANTILE_LEVELS } from './data-profile';
import { fixedWidthHistogram } from './fixed-width-histogram';

/** Exact distinct values of a sorted array (0 and -0 count as one, as in the engine). */
export function distinctSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/**
 * Min, max, mean, sample deviation, exact quantiles and histogram of sorted present values
 * (at least one), with the DuckDB profiler's definitions: quantiles as `quantile_cont` (linear
 * between the order statistics around position q · (n - 1)), std over n - 1 and 0 for n = 1.
 */
export function numericSummary(sorted: Float64Array): NumericSummary {
  const n = sorted.length;
  const [min, max] = [sorted[0], sorted[n - 1]];
  const mean = Math.min(max, Math.max(min, compensatedSum(sorted) / n));
  let squares = 0;
  // Two passes (deviations from the mean) rather than a sum of squares, which cancels badly
  // for values far from 0 such as epoch milliseconds.
  for (let i = 0; i < n; i++) squares += (sorted[i] - mean) ** 2;
  const std = n > 1 && min !== max ? Math.sqrt(squares / (n - 1)) : 0;
  const quantiles = PROFILE_QUANTILE_LEVELS.map((q) => {
    const position = q * (n - 1);
    const [lo, hi] = [Math.floor(position), Math.ceil(position)];
    const value = sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
    return { q, value: Math.min(max, Math.max(min, value)) };
  });
  return { min, max, mean, std, quantiles, histogram: fixedWidthHistogram(sorted) };
}

/** Neumaier's compensated sum: the mean of millions of values stays exact to the last digits. */
function compensatedSum(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}
