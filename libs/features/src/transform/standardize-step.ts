import { finiteMean } from './finite-values';
import type { FittedOf } from './step-types';

/**
 * Mean and population standard deviation of the finite training values. A constant (or empty)
 * column gets std 1, so it maps to 0 instead of dividing by zero.
 */
export function fitStandardize(values: Float64Array): FittedOf<'standardize'> {
  const mean = finiteMean(values);
  if (Number.isNaN(mean)) return { kind: 'standardize', mean: 0, std: 1 };
  let squares = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    const d = values[i] - mean;
    squares += d * d;
    count++;
  }
  const std = Math.sqrt(squares / count);
  return { kind: 'standardize', mean, std: std > 0 && Number.isFinite(std) ? std : 1 };
}

/** `(x - mean) / std` in place; NaN stays NaN. */
export function applyStandardize(values: Float64Array, fitted: FittedOf<'standardize'>): void {
  const { mean, std } = fitted;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] - mean) / std;
}
