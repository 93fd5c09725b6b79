/** The two threshold-free metrics of one binary ranking. */
export interface RankingSummary {
  /** Area under the ROC curve; NaN without both a positive and a negative row. */
  rocAuc: number;
  /** Step-wise area under the precision-recall curve; NaN without a positive row. */
  averagePrecision: number;
}

/**
 * ROC AUC and average precision from the scores of the positive and of the negative rows, each
 * sorted ascending. Walks both from the top score down, one distinct score (threshold) at a time,
 * exactly as scikit-learn's curves do: rows with tied scores enter together, so a tie between a
 * positive and a negative counts half in the AUC (the trapezoid over that step) and enters the
 * precision at that threshold as one block. Sorting the two groups separately with the native
 * typed-array sort is what keeps 100k rows in a few milliseconds (no index sort, no comparator).
 */
export function summarizeRanking(positives: Float64Array, negatives: Float64Array): RankingSummary {
  const positiveCount = positives.length;
  const negativeCount = negatives.length;
  let p = positiveCount - 1;
  let n = negativeCount - 1;
  let truePositives = 0;
  let falsePositives = 0;
  // Twice the area under the un-normalised ROC curve: a sum of whole numbers, exact below 2^53.
  let doubledArea = 0;
  // Σ (new true positives) × precision at the threshold; divided by the positive count at the end.
  let precisionSum = 0;
  while (p >= 0 || n >= 0) {
    const threshold =
      p < 0 ? negatives[n] : n < 0 ? positives[p] : Math.max(positives[p], negatives[n]);
    let newTrue = 0;
    let newFalse = 0;
    while (p >= 0 && positives[p] === threshold) {
      p--;
      newTrue++;
    }
    while (n >= 0 && negatives[n] === threshold) {
      n--;
      newFalse++;
    }
    doubledArea += newFalse * (2 * truePositives + newTrue);
    truePositives += newTrue;
    falsePositives += newFalse;
    if (newTrue > 0) precisionSum += (newTrue * truePositives) / (truePositives + falsePositives);
  }
  return {
    rocAuc:
      positiveCount > 0 && negativeCount > 0
        ? doubledArea / (2 * positiveCount * negativeCount)
        : Number.NaN,
    averagePrecision: positiveCount > 0 ? precisionSum / positiveCount : Number.NaN,
  };
}
