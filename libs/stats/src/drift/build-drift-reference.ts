import { invalidDistribution } from '../errors/invalid-distribution';
import { compareCodePoints } from '../profile/compare-code-points';
import type { ProfileInput } from '../profile/profile-columns';
import { sortedPresentValues } from '../profile/sorted-present-values';
import {
  type CategoricalColumnReference,
  DRIFT_MAX_CATEGORIES,
  DRIFT_NUMERIC_BINS,
  DRIFT_REFERENCE_FORMAT,
  type DriftColumnReference,
  type DriftReference,
  type NumericColumnReference,
} from './drift-reference';
import {
  TIMESTAMP_PARTS,
  timestampPartColumn,
  timestampPartIndex,
  timestampPartLabels,
} from './timestamp-parts';

/**
 * The training split's raw columns as a drift reference. Numeric columns are cut at their
 * quantiles i / DRIFT_NUMERIC_BINS (equal cuts collapse) and counted exactly; categorical ones
 * keep their DRIFT_MAX_CATEGORIES most frequent values plus other; a timestamp column becomes
 * the categorical columns `<name>.hour` and `<name>.weekday` (UTC).
 */
export function buildDriftReference(
  rowCount: number,
  columns: readonly ProfileInput[],
): DriftReference {
  const built: DriftColumnReference[] = [];
  for (const column of columns) {
    const length = column.kind === 'categorical' ? column.codes.length : column.values.length;
    if (length !== rowCount) {
      throw invalidDistribution(
        `Column ${column.name} has ${length} values for ${rowCount} rows; pass whole columns.`,
      );
    }
    if (column.kind === 'numeric') built.push(numericReference(column.name, column.values));
    else if (column.kind === 'categorical') built.push(categoricalReference(column));
    else built.push(...timestampReferences(column.name, column.values));
  }
  const names = new Set<string>();
  for (const column of built) {
    if (names.has(column.name)) {
      throw invalidDistribution(
        `Two reference columns are named ${column.name}; rename one (a timestamp column t also ` +
          'produces t.hour and t.weekday).',
      );
    }
    names.add(column.name);
  }
  return { format: DRIFT_REFERENCE_FORMAT, rowCount, columns: built };
}

function numericReference(
  name: string,
  values: Float32Array | Float64Array,
): NumericColumnReference {
  const sorted = sortedPresentValues(values);
  const n = sorted.length;
  const missing = values.length - n;
  if (n === 0) {
    return {
      name,
      kind: 'numeric',
      cuts: [],
      counts: [0],
      missing,
      min: 0,
      max: 0,
      mean: 0,
      std: 0,
    };
  }
  const min = sorted[0];
  // The lower order statistic at each level, so every bin starts at a value it holds: no
  // reference bin is empty, and a cut at the minimum (an empty first bin) is dropped.
  const cuts: number[] = [];
  for (let i = 1; i < DRIFT_NUMERIC_BINS; i++) {
    const cut = sorted[Math.floor((i * n) / DRIFT_NUMERIC_BINS)];
    if (cut > min && cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  const counts = new Array<number>(cuts.length + 1).fill(0);
  // The values are sorted: each bin's count is the distance between its first positions.
  let start = 0;
  for (let bin = 0; bin < cuts.length; bin++) {
    let end = start;
    while (end < n && sorted[end] < cuts[bin]) end++;
    counts[bin] = end - start;
    start = end;
  }
  counts[cuts.length] = n - start;
  const { mean, std } = meanAndStd(sorted);
  let [lowSum, highSum] = [0, 0];
  for (let i = 0; i < counts[0]; i++) lowSum += sorted[i];
  for (let i = n - counts[cuts.length]; i < n; i++) highSum += sorted[i];
  const tailSums: [number, number] = [lowSum, highSum];
  return {
    name,
    kind: 'numeric',
    cuts,
    counts,
    missing,
    min,
    max: sorted[n - 1],
    mean,
    std,
    tailSums,
  };
}

function meanAndStd(values: Float64Array): { mean: number; std: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  // Deviations from the mean rather than a sum of squares, which cancels badly far from 0.
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { mean, std: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}

function categoricalReference(
  column: Extract<ProfileInput, { kind: 'categorical' }>,
): CategoricalColumnReference {
  const { name, codes, labels } = column;
  const perCode = new Float64Array(labels.length);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === -1) missing++;
    else if (code >= 0 && code < labels.length) perCode[code]++;
    else throw invalidDistribution(`Column ${name}: code ${code} at row ${i} has no label.`);
  }
  return rankedCategories(name, labels, perCode, missing);
}

function timestampReferences(name: string, values: Float32Array | Float64Array) {
  return TIMESTAMP_PARTS.map((part) => {
    const labels = timestampPartLabels(part);
    const perIndex = new Float64Array(labels.length);
    let missing = 0;
    for (let i = 0; i < values.length; i++) {
      const index = timestampPartIndex(part, values[i]);
      if (index === -1) missing++;
      else perIndex[index]++;
    }
    const reference = rankedCategories(timestampPartColumn(name, part), labels, perIndex, missing);
    return { ...reference, derivedFrom: { column: name, part } };
  });
}

/** Most frequent first, ties in code point order; equal labels under different codes merge. */
function rankedCategories(
  name: string,
  labels: readonly string[],
  perCode: Float64Array,
  missing: number,
): CategoricalColumnReference {
  const perValue = new Map<string, number>();
  perCode.forEach((count, code) => {
    if (count > 0) perValue.set(labels[code], (perValue.get(labels[code]) ?? 0) + count);
  });
  const ranked = [...perValue].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
  const kept = ranked.slice(0, DRIFT_MAX_CATEGORIES);
  const other = ranked.slice(DRIFT_MAX_CATEGORIES).reduce((sum, [, count]) => sum + count, 0);
  return {
    name,
    kind: 'categorical',
    categories: kept.map(([label]) => label),
    counts: [...kept.map(([, count]) => count), other],
    missing,
  };
}
