import { meanOf, sortedFiniteValues } from './finite-values';
import type { FittedOf } from './step-types';

/**
 * Mean and population standard deviation of the finite training values. A constant (or empty)
 * column gets std 1, so it maps to 0 instead of dividing by zero.
 */
export function fitStandardize(values: Float64Array): FittedOf<'standardize'> {
  const sorted = sortedFiniteValues(values);
  if (sorted.length === 0) return { kind: 'standardize', mean: 0, std: 1 };
  const mean = meanOf(sorted);
  let squares = 0;
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i] - mean;
    squares += d * d;
  }
  const std = Math.sqrt(squares / sorted.length);
  return { kind: 'standardize', mean, std: std > 0 && Number.isFinite(std) ? std : 1 };
}

/** `(x - mean) / std` in place; NaN stays NaN. */
export function applyStandardize(values: Float64Array, fitted: FittedOf<'standardize'>): void {
  const { mean, std } = fitted;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] - mean) / std;
}
