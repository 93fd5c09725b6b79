/**
 * The finite values of `values`, sorted ascending. Fitting ignores NaN (missing) and also
 * ±Infinity: a statistic must be finite to be stored in the JSON transform spec.
 */
export function sortedFiniteValues(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out[k++] = v;
  }
  // A typed array sorts numerically, and -0 before +0, so the order is fully determined.
  return out.sort();
}

/** Arithmetic mean of the finite values (summed in ascending order for determinism); NaN if none. */
export function meanOf(sorted: Float64Array): number {
  if (sorted.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return sum / sorted.length;
}
