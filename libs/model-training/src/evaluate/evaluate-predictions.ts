import {
  binaryClassificationMetrics,
  type ConfusionMatrix,
  multiclassClassificationMetrics,
  regressionMetrics,
} from '@loopline/model-metrics';
import type { TrainingTask } from '../config/training-config';

/** A model's quality on one split. */
export interface SplitEvaluation {
  rows: number;
  metrics: Record<string, number>;
  /** Classifiers only. */
  confusionMatrix: ConfusionMatrix | null;
}

/**
 * Scores a model's outputs on one split with the metrics of its task: binary outputs are the
 * probability of class 1, multiclass outputs one probability per class (row-major), regression
 * outputs the prediction.
 */
export function evaluatePredictions(
  task: TrainingTask,
  labels: Float32Array,
  outputs: Float32Array,
  classLabels: readonly string[] | null,
): SplitEvaluation {
  const rows = labels.length;
  if (task === 'regression') {
    return { rows, metrics: regressionMetrics(labels, outputs).metrics, confusionMatrix: null };
  }
  const report =
    task === 'binary_classification'
      ? binaryClassificationMetrics(labels, outputs, { classLabels: classLabels ?? undefined })
      : multiclassClassificationMetrics(labels, outputs, classLabels?.length ?? 0, {
          classLabels: classLabels ?? undefined,
        });
  return { rows, metrics: report.metrics, confusionMatrix: report.confusionMatrix };
}
