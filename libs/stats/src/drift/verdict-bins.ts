import type { DriftColumnReference } from './drift-reference';

/** Numeric verdicts take PSI over the reference's bins merged into this many equal-mass groups. */
export const DRIFT_VERDICT_NUMERIC_BINS = 10;

/**
 * A category the window is expected to hold fewer times than this (at the calibrated window
 * size) joins other for the verdict: PSI over categories seen 0–4 times is mostly noise (see
 * calibrateDrift), and that noise would raise every threshold.
 */
export const DRIFT_MIN_EXPECTED_CATEGORY_COUNT = 5;

/**
 * Per reference bin (or category, other last), the verdict bin it counts in; verdict bins are
 * numbered 0.. in order, and one more bin after them holds the missing values.
 */
export function verdictGroups(column: DriftColumnReference, windowRows: number): number[] {
  const total = column.counts.reduce((sum, count) => sum + count, 0) + column.missing;
  if (column.kind === 'numeric') return equalMassGroups(column.counts, total);
  const other = column.counts.length - 1;
  const kept = column.counts.map(
    (count, slot) =>
      slot === other ||
      (total > 0 && (count / total) * windowRows >= DRIFT_MIN_EXPECTED_CATEGORY_COUNT),
  );
  const renumbered: number[] = [];
  let next = 0;
  for (let slot = 0; slot < other; slot++) if (kept[slot]) renumbered[slot] = next++;
  renumbered[other] = next;
  return column.counts.map((_, slot) => (kept[slot] ? renumbered[slot] : renumbered[other]));
}

/** Consecutive bins grouped by the decile their middle of mass falls in, renumbered densely. */
function equalMassGroups(counts: readonly number[], total: number): number[] {
  const present = total > 0 ? counts.reduce((sum, count) => sum + count, 0) : 0;
  const groups: number[] = [];
  let below = 0;
  let group = -1;
  let previousDecile = -1;
  for (const count of counts) {
    const middle = present > 0 ? (below + count / 2) / present : 0;
    const decile = Math.min(
      DRIFT_VERDICT_NUMERIC_BINS - 1,
      Math.floor(middle * DRIFT_VERDICT_NUMERIC_BINS),
    );
    if (decile !== previousDecile) group++;
    previousDecile = decile;
    groups.push(group);
    below += count;
  }
  return groups;
}

/** Counts summed into verdict bins, plus the missing count as the last bin. */
export function groupedCounts(
  counts: readonly number[],
  missing: number,
  groups: readonly number[],
): Float64Array {
  const size = groups.length > 0 ? groups[groups.length - 1] + 1 : 0;
  const grouped = new Float64Array(size + 1);
  for (let bin = 0; bin < counts.length; bin++) grouped[groups[bin]] += counts[bin];
  grouped[size] = missing;
  return grouped;
}
