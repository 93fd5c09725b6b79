import type { RankingSummary } from './ranking-summary';
import { summarizeRanking } from './ranking-summary';
import { classCounts, sortedScoresByClass } from './sorted-scores-by-class';

/**
 * The ranking summary of each class against all others, scored by its own probability column
 * (scikit-learn's one-vs-rest): element c ranks column c of row-major `probabilities` with the
 * rows of class c as positives. A class absent from `classes` gets NaN for both metrics.
 */
export function oneVsRestRankings(
  classes: Int32Array,
  probabilities: ArrayLike<number>,
  classCount: number,
): RankingSummary[] {
  const counts = classCounts(classes, classCount);
  return Array.from({ length: classCount }, (_, c) => {
    if (counts[c] === 0) return { rocAuc: Number.NaN, averagePrecision: Number.NaN };
    const { positives, negatives } = sortedScoresByClass(
      classes,
      c,
      counts[c],
      probabilities,
      c,
      classCount,
    );
    return summarizeRanking(positives, negatives);
  });
}

/**
 * The mean of the values that are defined (not NaN), NaN when none is.
 *
 * This is where the macro one-vs-rest AUC and average precision part from scikit-learn for a
 * class absent from the labels: there roc_auc_score(labels=...) returns NaN for the whole average
 * and average_precision_score refuses the input, while here the class is left out, as the macro
 * precision and recall leave out a class nobody has seen. Slices for evaluation gates often lack
 * a rare class; their ranking quality over the classes they do hold is still worth a number.
 * When every class is present the two agree.
 */
export function meanOfDefined(values: readonly number[]): number {
  let sum = 0;
  let defined = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    sum += value;
    defined++;
  }
  return defined === 0 ? Number.NaN : sum / defined;
}
