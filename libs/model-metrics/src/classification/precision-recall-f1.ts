/** Precision, recall and F1 of one class, or their macro averages. */
export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/** x / y, or 0 when y is 0: scikit-learn's zero_division=0. */
const ratio = (x: number, y: number): number => (y === 0 ? 0 : x / y);

/**
 * Precision, recall and F1 of class `c` from a confusion matrix (counts[true][predicted]), each 0
 * where its denominator is 0 (scikit-learn's zero_division=0). F1 is 2·TP / (2·TP + FP + FN), the
 * form scikit-learn uses, which also gives 0 rather than 0/0 when precision and recall are both 0.
 */
export function classPrecisionRecallF1(counts: readonly number[][], c: number): PrecisionRecallF1 {
  let predicted = 0;
  let actual = 0;
  for (let other = 0; other < counts.length; other++) {
    predicted += counts[other][c];
    actual += counts[c][other];
  }
  const truePositives = counts[c][c];
  return {
    precision: ratio(truePositives, predicted),
    recall: ratio(truePositives, actual),
    f1: ratio(2 * truePositives, actual + predicted),
  };
}

/**
 * Unweighted means of the per-class values over the classes that occur in the labels or in the
 * predictions: scikit-learn's average='macro' with its default labels (unique_labels(y_true,
 * y_pred)). A class seen in neither has no precision or recall to speak of and is left out rather
 * than averaged in as 0; a class that is predicted but never true, or true but never predicted,
 * counts with its zeros, since that is a real error of the model.
 */
export function macroPrecisionRecallF1(counts: readonly number[][]): PrecisionRecallF1 {
  const sum: PrecisionRecallF1 = { precision: 0, recall: 0, f1: 0 };
  let classes = 0;
  for (let c = 0; c < counts.length; c++) {
    let seen = 0;
    for (let other = 0; other < counts.length; other++) seen += counts[c][other] + counts[other][c];
    if (seen === 0) continue;
    const one = classPrecisionRecallF1(counts, c);
    sum.precision += one.precision;
    sum.recall += one.recall;
    sum.f1 += one.f1;
    classes++;
  }
  return { precision: sum.precision / classes, recall: sum.recall / classes, f1: sum.f1 / classes };
}
