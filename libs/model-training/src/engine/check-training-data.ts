import { ErrorKind, PlatformError } from '@loopline/errors';
import type { TrainingTask } from '../config/training-config';
import { TrainingErrorCode } from './training-error-code';
import type { SplitMatrix, TrainingData } from './train-model.types';

/**
 * Checks what the loop relies on: one width across splits, matrices of `rows × width`, labels
 * that fit the task. Returns the class count (1 for regression).
 */
export function checkTrainingData(task: TrainingTask, data: TrainingData): number {
  const { train } = data;
  if (train.rows === 0) throw invalidData('The training split has no rows', {});
  if (data.featureNames.length !== train.width) {
    throw invalidData(
      `There are ${data.featureNames.length} feature names for ${train.width} columns`,
      {},
    );
  }
  const classCount = task === 'regression' ? 1 : (data.classLabels?.length ?? 0);
  if (
    task !== 'regression' &&
    (classCount < 2 || (task === 'binary_classification' && classCount !== 2))
  ) {
    throw invalidData(
      `A ${task} model needs ${task === 'binary_classification' ? '2' : 'at least 2'} class labels, got ${classCount}`,
      {},
    );
  }
  for (const [name, split] of Object.entries({
    train,
    validation: data.validation,
    test: data.test,
  })) {
    checkSplit(name, split, train.width, task === 'regression' ? null : classCount);
  }
  return classCount;
}

function checkSplit(
  name: string,
  split: SplitMatrix,
  width: number,
  classCount: number | null,
): void {
  if (
    split.width !== width ||
    split.features.length !== split.rows * width ||
    split.labels.length !== split.rows
  ) {
    throw invalidData(
      `The ${name} split is not a ${split.rows} × ${width} matrix with one label per row`,
      { split: name },
    );
  }
  for (let i = 0; i < split.rows; i++) {
    const y = split.labels[i];
    const valid =
      classCount == null ? Number.isFinite(y) : Number.isInteger(y) && y >= 0 && y < classCount;
    if (!valid) {
      throw invalidData(`Row ${i} of the ${name} split has label ${y}, which the task cannot use`, {
        split: name,
        row: i,
      });
    }
  }
}

function invalidData(what: string, details: Record<string, unknown>): PlatformError {
  return new PlatformError(
    TrainingErrorCode.InvalidData,
    `${what}. Materialize the feature set again, or fix the configuration's task to match its label.`,
    { kind: ErrorKind.Unprocessable, details },
  );
}
