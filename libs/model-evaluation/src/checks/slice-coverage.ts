import type { SliceMetrics } from '../evaluation-report';

/**
 * What was left out of judging, as a sentence fragment for messages: slices beyond maxSlices,
 * slices below minRows and slices where the value is undefined (named, so nobody wonders why a
 * group is missing from the verdict). Empty when every slice was judged.
 */
export function sliceCoverage(
  slices: readonly SliceMetrics[],
  minRows: number,
  undefinedValues: readonly string[],
  droppedSlices: number,
  what: string,
): string {
  const notes: string[] = [];
  const small = slices.filter((slice) => slice.rows < minRows).length;
  if (small > 0) notes.push(`${small} slice(s) below ${minRows} rows reported but not judged`);
  if (undefinedValues.length > 0)
    notes.push(`${what} undefined and not judged for ${undefinedValues.join(', ')}`);
  if (droppedSlices > 0) notes.push(`${droppedSlices} smaller slice(s) beyond maxSlices left out`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

/** The judged slices with the lowest and the highest value. */
export function extremes<T extends { value: string }>(
  judged: readonly T[],
  valueOf: (slice: T) => number,
): { lowest: T; highest: T } {
  let lowest = judged[0];
  let highest = judged[0];
  for (const slice of judged) {
    if (valueOf(slice) < valueOf(lowest)) lowest = slice;
    if (valueOf(slice) > valueOf(highest)) highest = slice;
  }
  return { lowest, highest };
}
