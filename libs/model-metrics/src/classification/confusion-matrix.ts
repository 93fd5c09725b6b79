import { classNames } from '../input/class-names';
import { pairedLength } from '../input/paired-length';
import { checkClassCount, readClassIndices } from '../input/read-class-indices';
import type { ConfusionMatrix } from '../metric-reports';

/**
 * The confusion matrix of predicted against true class indices over all `classCount` classes
 * (scikit-learn's confusion_matrix with labels=range(classCount)): a class absent from both keeps
 * its row and column of zeros, so matrices of different splits line up cell for cell.
 */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  classCount: number,
  classLabels?: readonly string[],
): ConfusionMatrix {
  checkClassCount(classCount);
  const names = classNames(classLabels, classCount);
  pairedLength('labels', labels, 'predictions', predictions);
  const actual = readClassIndices('labels', labels, classCount);
  const predicted = readClassIndices('predictions', predictions, classCount);
  return { labels: names, counts: countConfusion(actual, predicted, classCount) };
}

/** counts[trueClass][predictedClass] of validated class indices. */
export function countConfusion(
  actual: Int32Array,
  predicted: Int32Array,
  classCount: number,
): number[][] {
  const flat = new Float64Array(classCount * classCount);
  for (let row = 0; row < actual.length; row++) flat[actual[row] * classCount + predicted[row]]++;
  return Array.from({ length: classCount }, (_, c) =>
    Array.from(flat.subarray(c * classCount, (c + 1) * classCount)),
  );
}
