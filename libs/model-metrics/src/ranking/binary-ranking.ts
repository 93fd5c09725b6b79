import { checkFinite } from '../input/check-scores';
import { pairedLength } from '../input/paired-length';
import { readClassIndices } from '../input/read-class-indices';
import { summarizeRanking, type RankingSummary } from './ranking-summary';
import { classCounts, sortedScoresByClass } from './sorted-scores-by-class';

/** Validates 0/1 labels against finite scores and summarises the ranking they make. */
export function binaryRanking(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
): RankingSummary {
  pairedLength('labels', labels, 'scores', scores);
  const classes = readClassIndices('labels', labels, 2);
  checkFinite('scores', scores);
  return rankingOfValidated(classes, scores);
}

/** The ranking summary of already validated 0/1 classes and finite scores. */
export function rankingOfValidated(classes: Int32Array, scores: ArrayLike<number>): RankingSummary {
  const { positives, negatives } = sortedScoresByClass(
    classes,
    1,
    classCounts(classes, 2)[1],
    scores,
  );
  return summarizeRanking(positives, negatives);
}

/**
 * Area under the ROC curve of `scores` (any finite reals, higher = more likely class 1) for 0/1
 * `labels`; equals scikit-learn's roc_auc_score, ties included (a tied positive/negative pair
 * counts one half). NaN when the labels hold one class only (scikit-learn warns and returns NaN
 * too): the AUC is undefined there, which a caller must see rather than a made-up 0.5.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  return binaryRanking(labels, scores).rocAuc;
}

/**
 * Average precision of `scores` for 0/1 `labels`: Σₙ (Rₙ − Rₙ₋₁) Pₙ over the distinct thresholds,
 * the step-wise (not trapezoid) area under the precision-recall curve, equal to scikit-learn's
 * average_precision_score. NaN when no label is 1: recall is undefined without positives
 * (scikit-learn warns, sets recall to 1 and returns 0; a 0 would read as a terrible model).
 */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  return binaryRanking(labels, scores).averagePrecision;
}
