/**
 * Mean of the finite values in row order, with Neumaier's compensated sum (exact to the last
 * digits over millions of rows, and deterministic for the same rows in the same order); NaN if
 * there are none. Fitting ignores NaN (missing) and ±Infinity: a statistic must be finite to be
 * stored in the JSON transform spec.
 */
export function finiteMean(values: Float64Array): number {
  let count = 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    count++;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return count === 0 ? NaN : (sum + compensation) / count;
}
