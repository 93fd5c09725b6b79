import type { PerformanceTask } from './performance-task';
import { SCORE_BINS, scoreBin } from './score-histogram';

/** A logged prediction joined with its label, as far as realized metrics need it. */
export interface LabeledOutcome {
  /** '0'/'1' for binary, the class for multiclass; null for regression. */
  predictedLabel: string | null;
  /** Regression only. */
  predictedValue: number | null;
  /** P(positive) of a binary prediction; null where the log had none. */
  score: number | null;
  /** The label's class ('0'/'1' for binary); null for regression. */
  labelClass: string | null;
  /** 0/1 for binary, the class index for multiclass, the value for regression. */
  labelValue: number;
}

/**
 * Everything a window's realized metrics are computed from. Each field is a sum over labelled
 * predictions, so a label that arrives adds its contribution and a label that replaces another
 * subtracts the old one: the state is updatable in any order and bounded in size.
 */
export interface WindowTallies {
  labeled: number;
  correct: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  squaredErrorSum: number;
  absoluteErrorSum: number;
  /** Binary only: labelled positives and negatives by score bin (see score-histogram). */
  positivesByBin: Float64Array;
  negativesByBin: Float64Array;
}

export function emptyTallies(): WindowTallies {
  return {
    labeled: 0,
    correct: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    squaredErrorSum: 0,
    absoluteErrorSum: 0,
    positivesByBin: new Float64Array(SCORE_BINS),
    negativesByBin: new Float64Array(SCORE_BINS),
  };
}

/**
 * Adds one labelled prediction to the tallies (`sign` 1), or takes it out again (`sign` -1)
 * when its label is replaced.
 */
export function addOutcome(
  tallies: WindowTallies,
  task: PerformanceTask,
  outcome: LabeledOutcome,
  sign: 1 | -1 = 1,
): void {
  tallies.labeled += sign;
  if (task === 'regression') {
    const error = (outcome.predictedValue ?? NaN) - outcome.labelValue;
    if (Number.isFinite(error)) {
      tallies.squaredErrorSum += sign * error * error;
      tallies.absoluteErrorSum += sign * Math.abs(error);
    }
    return;
  }
  if (outcome.predictedLabel === outcome.labelClass) tallies.correct += sign;
  if (task !== 'binary') return;
  const actual = outcome.labelValue === 1;
  const predicted = outcome.predictedLabel === '1';
  if (actual && predicted) tallies.truePositives += sign;
  else if (predicted) tallies.falsePositives += sign;
  else if (actual) tallies.falseNegatives += sign;
  if (outcome.score !== null && Number.isFinite(outcome.score)) {
    const bins = actual ? tallies.positivesByBin : tallies.negativesByBin;
    bins[scoreBin(outcome.score)] += sign;
  }
}
