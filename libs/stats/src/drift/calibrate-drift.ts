import { invalidDistribution } from '../errors/invalid-distribution';
import { BinomialSampler } from './binomial-sampler';
import type { ColumnCalibration, DriftCalibration } from './drift-calibration';
import type { DriftColumnReference, DriftReference } from './drift-reference';
import { fastPsi } from './fast-psi';
import { groupedCounts, verdictGroups } from './verdict-bins';

export interface CalibrateDriftOptions {
  /** Family-wise false alarm rate; each column gets alpha / columns. */
  alpha: number;
  draws: number;
  seed: number;
  /** Columns to calibrate (default: all of the reference's). */
  columns?: readonly string[];
}

/**
 * Noise thresholds of the verdict PSI per column for windows of `windowRows`, by parametric
 * bootstrap from the reference's own bins: each draw samples a reference of the reference's
 * size and a window of `windowRows` from the reference's bin shares (the null: nothing moved)
 * and takes their PSI; the threshold is the 1 - alpha / columns quantile. Resampling both sides
 * matters: the reference is a sample too, and at a million rows against a thousand it is the
 * window's noise that dominates, at a million against a million both count. Deterministic for a
 * seed; each column draws from its own stream, so calibrating a subset gives the same values.
 */
export function calibrateDrift(
  reference: DriftReference,
  windowRows: number,
  options: CalibrateDriftOptions,
): DriftCalibration {
  const { alpha, draws, seed } = options;
  if (!(Number.isSafeInteger(windowRows) && windowRows > 0)) {
    throw invalidDistribution(`windowRows must be a positive integer, got ${windowRows}.`);
  }
  if (!(alpha > 0 && alpha < 1) || !(Number.isSafeInteger(draws) && draws >= 10)) {
    throw invalidDistribution(
      `Calibration needs 0 < alpha < 1 and at least 10 draws, got alpha=${alpha}, draws=${draws}.`,
    );
  }
  if (reference.rowCount === 0) {
    throw invalidDistribution(
      'The reference has no rows; build it from a non-empty training split.',
    );
  }
  const selected = selectColumns(reference, options.columns);
  const level = 1 - alpha / selected.length;
  const columns: Record<string, ColumnCalibration> = {};
  for (const column of selected) {
    const groups = verdictGroups(column, windowRows);
    const sampler = new BinomialSampler(seed ^ nameHash(column.name));
    const noise = nullPsiDraws(column, groups, reference.rowCount, windowRows, draws, sampler);
    columns[column.name] = { noiseThreshold: quantile(noise, level), groups };
  }
  return { windowRows, referenceRowCount: reference.rowCount, alpha, draws, seed, columns };
}

export function selectColumns(
  reference: DriftReference,
  names: readonly string[] | undefined,
): DriftColumnReference[] {
  if (names === undefined) return reference.columns;
  const byName = new Map(reference.columns.map((column) => [column.name, column]));
  return names.map((name) => {
    const column = byName.get(name);
    if (column === undefined) {
      throw invalidDistribution(
        `The reference has no column ${name}; it has ${[...byName.keys()].join(', ')}.`,
      );
    }
    return column;
  });
}

function nullPsiDraws(
  column: DriftColumnReference,
  groups: number[],
  referenceRows: number,
  windowRows: number,
  draws: number,
  sampler: BinomialSampler,
): Float64Array {
  const shares = groupedCounts(column.counts, column.missing, groups).map(
    (count) => count / referenceRows,
  );
  const referenceDraw = new Float64Array(shares.length);
  const windowDraw = new Float64Array(shares.length);
  const noise = new Float64Array(draws);
  for (let draw = 0; draw < draws; draw++) {
    sampler.multinomial(referenceRows, shares, referenceDraw);
    sampler.multinomial(windowRows, shares, windowDraw);
    noise[draw] = fastPsi(referenceDraw, referenceRows, windowDraw, windowRows);
  }
  return noise.sort();
}

/** Linear between the order statistics around position level · (n - 1). */
function quantile(sorted: Float64Array, level: number): number {
  const position = level * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** FNV-1a over the UTF-16 units: a stable per-column stream for one seed. */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
}
