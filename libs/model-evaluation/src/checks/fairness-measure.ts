import type { GateCheckSpec } from '../gate-policy';
import type { GateData } from '../gate/gate-data';

export type FairnessMeasure = Extract<GateCheckSpec, { kind: 'fairness' }>['measure'];

/**
 * Why `measure` means nothing for a model of this task, or null when it applies. Rates of
 * "the positive class" exist only for a binary classifier; a multiclass one has no positive
 * class, so there only accuracy compares groups.
 */
export function fairnessMismatch(measure: FairnessMeasure, data: GateData): string | null {
  if (data.task === 'regression')
    return `fairness measures compare predicted classes, and a regression model has none; judge groups of a regression model with a slices check on rmse or mae.`;
  if (data.task === 'multiclass_classification' && measure !== 'accuracy')
    return `${measure} needs a binary classifier (a positive class); for a multiclass model use the measure accuracy.`;
  return null;
}

/** The measure over the rows of one group; NaN when undefined (a TPR without positive rows). */
export function fairnessValue(
  measure: FairnessMeasure,
  rows: Int32Array,
  labels: Float32Array,
  predicted: Int32Array,
): number {
  let hits = 0;
  let count = 0;
  for (const row of rows) {
    if (measure === 'true_positive_rate' && labels[row] !== 1) continue;
    count++;
    if (measure === 'accuracy' ? predicted[row] === labels[row] : predicted[row] === 1) hits++;
  }
  return count === 0 ? Number.NaN : hits / count;
}
