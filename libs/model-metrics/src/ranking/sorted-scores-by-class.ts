import { sortFloat64 } from './sort-float64';

/** The scores of the rows of one class and of all other rows, each sorted ascending. */
export interface SortedScores {
  positives: Float64Array;
  negatives: Float64Array;
}

/**
 * Splits one score column by whether the row's class is `positiveClass` and sorts both parts.
 * The column is `scores[offset + row * stride]`: stride 1 for a binary score vector, stride
 * classCount and offset c for column c of row-major probabilities.
 */
export function sortedScoresByClass(
  classes: Int32Array,
  positiveClass: number,
  positiveCount: number,
  scores: ArrayLike<number>,
  offset = 0,
  stride = 1,
): SortedScores {
  const positives = new Float64Array(positiveCount);
  const negatives = new Float64Array(classes.length - positiveCount);
  let p = 0;
  let n = 0;
  for (let row = 0, at = offset; row < classes.length; row++, at += stride) {
    if (classes[row] === positiveClass) positives[p++] = scores[at];
    else negatives[n++] = scores[at];
  }
  sortFloat64(positives);
  sortFloat64(negatives);
  return { positives, negatives };
}

/** How many rows each class has. */
export function classCounts(classes: Int32Array, classCount: number): Int32Array {
  const counts = new Int32Array(classCount);
  for (let row = 0; row < classes.length; row++) counts[classes[row]]++;
  return counts;
}
