import type { ClassWeights } from '../config/training-config';

/**
 * The loss weight of each class index, or null when all weigh 1. `balanced` is scikit-learn's
 * n / (classes × count of the class) over the training labels; a class absent from them gets 0,
 * as no row carries it. Explicit weights are keyed by class label; an unnamed class weighs 1.
 */
export function classWeightsByIndex(
  classWeights: ClassWeights,
  trainLabels: Float32Array,
  classLabels: readonly string[],
): Float32Array | null {
  const k = classLabels.length;
  if (classWeights.kind === 'none') return null;
  if (classWeights.kind === 'explicit') {
    return Float32Array.from(classLabels, (label) => classWeights.weights[label] ?? 1);
  }
  const counts = new Float64Array(k);
  for (const label of trainLabels) counts[label]++;
  return Float32Array.from(counts, (count) => (count === 0 ? 0 : trainLabels.length / (k * count)));
}
