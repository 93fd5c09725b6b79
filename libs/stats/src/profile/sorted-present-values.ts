import { radixSortedFiniteFloat32 } from './radix-sort-float32';

/** Beyond this many distinct values a column is sorted rather than counted. */
const COUNTED_DISTINCT_LIMIT = 4096;

/**
 * The present (finite) values of a column, sorted ascending, as a new array. Columns with few
 * distinct values (one-hot indicators, cyclical hours, integer counts: most encoded features)
 * are counted per value and laid out from the sorted distinct values; other Float32 columns are
 * radix-sorted, Float64 ones sorted natively (2M values: about 200 ms).
 */
export function sortedPresentValues(values: Float32Array | Float64Array): Float64Array {
  const counted = countedSorted(values);
  if (counted !== null) return counted;
  if (values instanceof Float32Array) return radixSortedFiniteFloat32(values);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  const present = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) present[next++] = values[i];
  }
  return present.sort();
}

function countedSorted(values: Float32Array | Float64Array): Float64Array | null {
  const counts = new Map<number, number>();
  let present = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    present++;
    const seen = counts.get(value);
    if (seen !== undefined) counts.set(value, seen + 1);
    else if (counts.size === COUNTED_DISTINCT_LIMIT) return null;
    else counts.set(value, 1);
  }
  // -0 and 0 are one Map key; the sorted layout writes the key first seen, which is harmless
  // for every statistic computed from it.
  const distinct = Float64Array.from(counts.keys()).sort();
  const sorted = new Float64Array(present);
  let next = 0;
  for (const value of distinct) {
    const count = counts.get(value)!;
    sorted.fill(value, next, next + count);
    next += count;
  }
  return sorted;
}
