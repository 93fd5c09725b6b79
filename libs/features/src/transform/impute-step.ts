import { sortedPresentValues } from '@loopline/stats';
import { finiteMean } from './finite-values';
import type { FittedOf, StepOf } from './step-types';

function medianOf(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The fill value: the declared constant, or the mean or median of the finite training values.
 * A column with no training values at all fills with 0, which is at least finite and stable.
 */
export function fitImpute(step: StepOf<'impute'>, values: Float64Array): FittedOf<'impute'> {
  if (step.strategy === 'constant') return { kind: 'impute', value: step.value ?? 0 };
  const value =
    step.strategy === 'mean' ? finiteMean(values) : medianOf(sortedPresentValues(values));
  return { kind: 'impute', value: Number.isFinite(value) ? value : 0 };
}

/** 1 where the value is missing (NaN), else 0: the `${feature}__missing` column. */
export function missingIndicator(values: Float64Array): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) out[i] = 1;
  return out;
}

/** Replaces every missing value (NaN) by `fill`, in place. */
export function applyImpute(values: Float64Array, fitted: FittedOf<'impute'>): void {
  const fill = fitted.value;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) values[i] = fill;
}
