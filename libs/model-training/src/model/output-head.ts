import type { TrainingTask } from '../config/training-config';

/** Names of the layers that end every model, so training can find its logits by name. */
export const LOGITS_LAYER = 'logits';
export const PROBABILITIES_LAYER = 'probabilities';

/** Units and activation of the output for a task; classifiers end in a separate activation. */
export function outputHeadOf(
  task: TrainingTask,
  classCount: number,
): { units: number; activation: 'sigmoid' | 'softmax' | null } {
  if (task === 'binary_classification') return { units: 1, activation: 'sigmoid' };
  if (task === 'multiclass_classification') return { units: classCount, activation: 'softmax' };
  return { units: 1, activation: null };
}
