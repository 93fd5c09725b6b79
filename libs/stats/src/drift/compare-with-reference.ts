import { jensenShannonDistance } from '../divergence/jensen-shannon-distance';
import { populationStabilityIndex } from '../divergence/population-stability-index';
import { invalidDistribution } from '../errors/invalid-distribution';
import { chiSquareContingency } from '../two-sample/chi-square';
import { ksFromCounts } from '../two-sample/kolmogorov-smirnov';
import { binnedWasserstein } from './binned-wasserstein';
import { selectColumns } from './calibrate-drift';
import type { DriftCalibration } from './drift-calibration';
import type { ColumnDrift, DriftComparison } from './drift-comparison';
import type {
  DriftColumnReference,
  DriftReference,
  WindowColumnSketch,
  WindowSketch,
} from './drift-reference';
import { groupedCounts } from './verdict-bins';

export interface CompareWithReferenceOptions {
  /** Smallest PSI that counts as drift however large the window (DEFAULT_MINIMUM_EFFECT). */
  minimumEffect: number;
  calibration: DriftCalibration;
  /** Columns to compare (default: all of the reference's); each needs a calibration. */
  columns?: readonly string[];
}

/**
 * Every statistic per column, and the verdict: a column drifts when its PSI is beyond what
 * sampling noise explains at these two sample sizes (the calibrated threshold) and at least the
 * minimum effect. The first keeps small windows from flagging noise, the second keeps huge
 * windows, where noise is tiny, from flagging differences too small to matter.
 */
export function compareWithReference(
  reference: DriftReference,
  window: WindowSketch,
  options: CompareWithReferenceOptions,
): DriftComparison {
  if (window.rowCount === 0) {
    throw invalidDistribution('The window has no rows; compare it once it holds some.');
  }
  const { calibration, minimumEffect } = options;
  // The null PSI is about (1/N + 1/M) · χ²: a window of another size than the calibrated one
  // keeps the calibrated quantile, rescaled.
  const noiseScale =
    (1 / reference.rowCount + 1 / window.rowCount) /
    (1 / calibration.referenceRowCount + 1 / calibration.windowRows);
  const columns = selectColumns(reference, options.columns).map((column) => {
    const sketch = window.columns[column.name];
    const calibrated = calibration.columns[column.name];
    if (sketch === undefined || sketch.counts.length !== column.counts.length) {
      throw invalidDistribution(
        `The window has no sketch of column ${column.name} with ${column.counts.length} bins; ` +
          'sketch windows with emptyWindowSketch/addToWindowSketch of this reference.',
      );
    }
    if (calibrated === undefined || calibrated.groups.length !== column.counts.length) {
      throw invalidDistribution(
        `The calibration has no entry for column ${column.name} of this reference; ` +
          'calibrate with calibrateDrift(reference, ...) including that column.',
      );
    }
    const noiseThreshold = calibrated.noiseThreshold * noiseScale;
    return columnDrift(column, sketch, calibrated.groups, noiseThreshold, minimumEffect);
  });
  const driftedColumns = columns.filter((c) => c.verdict.drifted).map((c) => c.column);
  return {
    rowCount: window.rowCount,
    referenceRowCount: reference.rowCount,
    columns,
    driftedColumns,
    driftedShare: columns.length > 0 ? driftedColumns.length / columns.length : 0,
  };
}

function columnDrift(
  column: DriftColumnReference,
  sketch: WindowColumnSketch,
  groups: number[],
  noiseThreshold: number,
  minimumEffect: number,
): ColumnDrift {
  const referenceBins = Array.from(groupedCounts(column.counts, column.missing, groups));
  const windowBins = Array.from(groupedCounts(sketch.counts, sketch.missing, groups));
  const psi = populationStabilityIndex(referenceBins, windowBins);
  const statistics: ColumnDrift['statistics'] = {
    psi,
    jensenShannon: jensenShannonDistance(referenceBins, windowBins),
  };
  const sampleSize = sum(sketch.counts);
  const referenceSampleSize = sum(column.counts);
  if (sampleSize > 0 && referenceSampleSize > 0) {
    if (column.kind === 'numeric') {
      statistics.ks = ksFromCounts(column.counts, sketch.counts);
      const distance = binnedWasserstein(column.cuts, column, {
        counts: sketch.counts,
        min: sketch.min!,
        max: sketch.max!,
        tailSums: sketch.tailSums,
      });
      statistics.wasserstein = column.std > 0 ? distance / column.std : distance;
    } else {
      statistics.chiSquare = chiSquareContingency(column.counts, sketch.counts);
    }
  }
  const threshold = Math.max(noiseThreshold, minimumEffect);
  return {
    column: column.name,
    kind: column.kind,
    sampleSize,
    referenceSampleSize,
    statistics,
    verdict: {
      test: 'psi',
      statistic: psi,
      threshold,
      noiseThreshold,
      minimumEffect,
      drifted: psi > threshold,
    },
  };
}

function sum(counts: readonly number[]): number {
  let total = 0;
  for (const count of counts) total += count;
  return total;
}
