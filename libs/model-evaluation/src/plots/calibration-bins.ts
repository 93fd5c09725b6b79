import type { EvaluationPlots } from '../evaluation-report';

type Calibration = EvaluationPlots['calibration'][string];

export const CALIBRATION_BINS = 10;

/**
 * A reliability diagram over 10 equal-width probability bins ([0, 0.1), …, [0.9, 1]): per bin the
 * mean predicted probability against the share of rows that are positive. Empty bins are left
 * out: they have neither a mean nor a rate.
 */
export function calibrationBins(
  scores: ArrayLike<number>,
  rows: number,
  isPositive: (row: number) => boolean,
  offset = 0,
  stride = 1,
): Calibration {
  const sums = new Float64Array(CALIBRATION_BINS);
  const hits = new Float64Array(CALIBRATION_BINS);
  const counts = new Float64Array(CALIBRATION_BINS);
  for (let row = 0, at = offset; row < rows; row++, at += stride) {
    const p = scores[at];
    const bin = Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(p * CALIBRATION_BINS)));
    sums[bin] += p;
    counts[bin]++;
    if (isPositive(row)) hits[bin]++;
  }
  const bins: Calibration['bins'] = [];
  for (let bin = 0; bin < CALIBRATION_BINS; bin++) {
    if (counts[bin] === 0) continue;
    bins.push({
      lower: bin / CALIBRATION_BINS,
      upper: (bin + 1) / CALIBRATION_BINS,
      meanPredicted: sums[bin] / counts[bin],
      observedRate: hits[bin] / counts[bin],
      count: counts[bin],
    });
  }
  return { bins };
}
