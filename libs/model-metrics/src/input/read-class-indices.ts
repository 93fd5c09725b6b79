import { invalidMetricsInput } from '../errors/invalid-metrics-input';

/**
 * Copies class labels into an Int32Array after checking that each is an integer class index in
 * 0..classCount-1 (1.0 is accepted, 0.5, NaN and 2 for a binary model are not). Rejecting instead
 * of skipping: a label outside the classes means the label encoding and the model disagree, and
 * any number computed from such a split would be wrong.
 */
export function readClassIndices(
  name: string,
  labels: ArrayLike<number>,
  classCount: number,
): Int32Array {
  const indices = new Int32Array(labels.length);
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row];
    if (!(Number.isInteger(label) && label >= 0 && label < classCount)) {
      const expected =
        classCount === 2 ? '0 or 1' : `an integer class index in 0..${classCount - 1}`;
      throw invalidMetricsInput(
        `${name}[${row}] is ${String(label)}, but each must be ${expected}: encode the ` +
          'classes as indices before scoring (and drop rows without a label).',
        { name, row, value: String(label), classCount },
      );
    }
    indices[row] = label;
  }
  return indices;
}

/** Checks that a model has at least two classes, as a whole number. */
export function checkClassCount(classCount: number): void {
  if (!(Number.isInteger(classCount) && classCount >= 2)) {
    throw invalidMetricsInput(
      `classCount is ${String(classCount)}, but a classifier has a whole number of classes, ` +
        'at least 2: pass the number of columns of the probability rows.',
      { classCount },
    );
  }
}
