import type { CurvePoints } from '../evaluation-report';
import type { ThresholdSweep } from './threshold-sweep';

/** Curves are plotted, not integrated: about this many points draw any of them faithfully. */
export const MAX_CURVE_POINTS = 200;

/**
 * The ROC curve (false positive rate, true positive rate), from (0, 0) to (1, 1); null when the
 * rows lack either class (the curve is undefined, as the AUC is).
 */
export function rocCurve(sweep: ThresholdSweep): CurvePoints | null {
  if (sweep.positives === 0 || sweep.negatives === 0) return null;
  const curve: CurvePoints = { x: [0], y: [0], thresholds: [sweep.maxScore] };
  sweep.thresholds.forEach((threshold, i) => {
    curve.x.push(sweep.falsePositives[i] / sweep.negatives);
    curve.y.push(sweep.truePositives[i] / sweep.positives);
    curve.thresholds?.push(threshold);
  });
  return downsampleCurve(curve);
}

/**
 * The precision-recall curve (recall, precision), one point per distinct score from the highest
 * down; null without a positive row (recall is undefined).
 */
export function precisionRecallCurve(sweep: ThresholdSweep): CurvePoints | null {
  if (sweep.positives === 0) return null;
  const curve: CurvePoints = { x: [], y: [], thresholds: [] };
  sweep.thresholds.forEach((threshold, i) => {
    const tp = sweep.truePositives[i];
    curve.x.push(tp / sweep.positives);
    curve.y.push(tp / (tp + sweep.falsePositives[i]));
    curve.thresholds?.push(threshold);
  });
  return downsampleCurve(curve);
}

/**
 * At most `maxPoints` points, evenly spaced by index and always keeping both ends, so a curve
 * over a million distinct scores stays a small document.
 */
export function downsampleCurve(curve: CurvePoints, maxPoints = MAX_CURVE_POINTS): CurvePoints {
  const n = curve.x.length;
  if (n <= maxPoints) return curve;
  const picked: number[] = [];
  for (let k = 0; k < maxPoints; k++) picked.push(Math.round((k * (n - 1)) / (maxPoints - 1)));
  const take = (values: number[]) => picked.map((i) => values[i]);
  const sampled: CurvePoints = { x: take(curve.x), y: take(curve.y) };
  if (curve.thresholds !== undefined) sampled.thresholds = take(curve.thresholds);
  return sampled;
}

/** The area under a curve by the trapezoid rule (x ascending). */
export function trapezoidArea(curve: CurvePoints): number {
  let area = 0;
  for (let i = 1; i < curve.x.length; i++)
    area += ((curve.x[i] - curve.x[i - 1]) * (curve.y[i] + curve.y[i - 1])) / 2;
  return area;
}
