import type { FittedOf } from './step-types';

/** Smallest and largest finite training value; 0 and 0 for a column without any. */
export function fitMinMax(values: Float64Array): FittedOf<'min_max'> {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { kind: 'min_max', min, max } : { kind: 'min_max', min: 0, max: 0 };
}

/** `(x - min) / (max - min)` in place, with a range of 1 when max == min (a constant maps to 0). */
export function applyMinMax(values: Float64Array, fitted: FittedOf<'min_max'>): void {
  const { min } = fitted;
  const range = fitted.max > min ? fitted.max - min : 1;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] - min) / range;
}
