import { sortedPresentValues } from '@loopline/stats';
import type { FittedOf, StepOf } from './step-types';

/**
 * Equal-frequency boundaries for `quantiles` buckets: boundary k (1 ≤ k < q) is the sorted
 * finite training value at rank ⌊k·n/q⌋, so with index = number of boundaries ≤ x each bucket
 * holds about n/q training rows. Ties make repeated boundaries, which are dropped, as is one equal
 * to the minimum (its lower bucket would be empty in training): the result is strictly increasing
 * and may have fewer than q-1 entries. Declared boundaries fit nothing (null).
 */
export function fitBucketize(
  step: StepOf<'bucketize'>,
  values: Float64Array,
): FittedOf<'bucketize'> | null {
  if (step.boundaries !== undefined || step.quantiles === undefined) return null;
  const sorted = sortedPresentValues(values);
  const n = sorted.length;
  const q = step.quantiles;
  const boundaries: number[] = [];
  for (let k = 1; k < q && n > 0; k++) {
    const b = sorted[Math.floor((k * n) / q)];
    const last = boundaries.length > 0 ? boundaries[boundaries.length - 1] : sorted[0];
    if (b > last) boundaries.push(b);
  }
  return { kind: 'bucketize', boundaries };
}

/** The boundaries in force: fitted ones, else the declared ones. */
export function bucketBoundaries(
  step: StepOf<'bucketize'>,
  fitted: FittedOf<'bucketize'> | null,
): readonly number[] {
  return fitted?.boundaries ?? step.boundaries ?? [];
}

/** Labels `<b0`, `[b0,b1)`, …, `>=bk`; a single `all` bucket when there are no boundaries. */
export function bucketLabels(boundaries: readonly number[]): string[] {
  const k = boundaries.length;
  if (k === 0) return ['all'];
  const labels = [`<${boundaries[0]}`];
  for (let i = 1; i < k; i++) labels.push(`[${boundaries[i - 1]},${boundaries[i]})`);
  labels.push(`>=${boundaries[k - 1]}`);
  return labels;
}

/** Per row, the number of boundaries ≤ x (binary search); -1 for a missing value. */
export function bucketIndices(values: Float64Array, boundaries: readonly number[]): Int32Array {
  const bounds = Float64Array.from(boundaries);
  const k = bounds.length;
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) {
      out[i] = -1;
      continue;
    }
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bounds[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}
