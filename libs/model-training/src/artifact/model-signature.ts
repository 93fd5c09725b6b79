import { ErrorKind, PlatformError } from '@loopline/errors';
import { compileTransform, type TransformSpec } from '@loopline/features';
import type { TrainingTask } from '../config/training-config';
import { type ModelSignature, outputNames } from './model-artifact';

const LABEL_TASKS: Record<string, TrainingTask> = {
  binary: 'binary_classification',
  multiclass: 'multiclass_classification',
  regression: 'regression',
};

/**
 * The signature of a model trained with `task` on a feature set fitted as `spec`. Refuses a
 * configuration whose task is not the one the feature view's label defines (a binary label
 * cannot train a regressor), since nothing trained from that pairing would mean anything.
 */
export function modelSignature(spec: TransformSpec, task: TrainingTask): ModelSignature {
  const label = spec.definition.label;
  if (label === null)
    throw new PlatformError(
      'TRAINING.UNLABELLED_FEATURE_SET',
      `Feature view ${spec.featureView.name} v${spec.featureView.version} has no label, so no model can be trained on it. Add a label to the view or train on another one.`,
      { kind: ErrorKind.Unprocessable },
    );
  const labelTask = LABEL_TASKS[label.task];
  if (labelTask !== task)
    throw new PlatformError(
      'TRAINING.TASK_MISMATCH',
      `The training configuration asks for ${task}, but feature view ${spec.featureView.name} v${spec.featureView.version} labels ${label.name} for ${labelTask}. Set "task": "${labelTask}" in the configuration or train on another view.`,
      { kind: ErrorKind.Unprocessable, details: { configTask: task, labelTask } },
    );
  const classLabels =
    task === 'binary_classification'
      ? ['0', '1']
      : task === 'multiclass_classification'
        ? [...(spec.statistics.labelClasses ?? [])]
        : null;
  const transform = compileTransform(spec);
  return {
    task,
    inputs: transform.inputColumns.map((column) => ({ ...column })),
    featureNames: [...transform.layout.columns],
    outputs: outputNames(task, classLabels),
    classLabels,
    labelName: label.name,
  };
}
