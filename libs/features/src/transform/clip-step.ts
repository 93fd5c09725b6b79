import type { StepOf } from './step-types';

/** Clamps to `[min, max]` in place (either bound optional); NaN fails both tests and stays NaN. */
export function applyClip(values: Float64Array, step: StepOf<'clip'>): void {
  const min = step.min ?? -Infinity;
  const max = step.max ?? Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) values[i] = min;
    else if (v > max) values[i] = max;
  }
}
