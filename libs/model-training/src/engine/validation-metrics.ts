import {
  binaryClassificationMetrics,
  multiclassClassificationMetrics,
  regressionMetrics,
} from '@loopline/model-metrics';
import type { TrainingTask } from '../config/training-config';

/** Reported per classifier epoch, besides `val_loss` (the log loss). */
const CLASSIFIER_METRICS = ['accuracy', 'roc_auc', 'pr_auc', 'f1'] as const;

/**
 * The `val_` metrics of one epoch from the model's validation outputs. `val_loss` is the
 * unweighted data loss (log loss, or mean squared error), without class weights or L2, so it
 * compares across recipes; the training loss is what the optimizer minimized.
 */
export function validationMetrics(
  task: TrainingTask,
  labels: Float32Array,
  outputs: Float32Array,
  classLabels: readonly string[] | null,
): Record<string, number> {
  if (task === 'regression') {
    const { rmse, mae, r2 } = regressionMetrics(labels, outputs).metrics;
    return { val_loss: rmse * rmse, val_rmse: rmse, val_mae: mae, val_r2: r2 };
  }
  const options = { classLabels: classLabels == null ? undefined : [...classLabels] };
  const { metrics } =
    task === 'binary_classification'
      ? binaryClassificationMetrics(labels, outputs, options)
      : multiclassClassificationMetrics(labels, outputs, classLabels?.length ?? 0, options);
  const reported: Record<string, number> = { val_loss: metrics.log_loss };
  for (const name of CLASSIFIER_METRICS) reported[`val_${name}`] = metrics[name];
  return reported;
}
