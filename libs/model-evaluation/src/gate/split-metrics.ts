import {
  binaryClassificationMetrics,
  type ConfusionMatrix,
  multiclassClassificationMetrics,
  regressionMetrics,
} from '@loopline/model-metrics';
import type { GateData } from './gate-data';

export interface SplitMetrics {
  /** Every metric of the task; NaN where undefined on these rows (AUC with one class present). */
  metrics: Record<string, number>;
  confusionMatrix: ConfusionMatrix | null;
}

/**
 * The task's metrics of `outputs` (laid out as `data` says) on all test rows, or on the rows
 * listed in `rows` (a slice). Binary predictions use the policy's decision threshold.
 */
export function splitMetrics(
  data: GateData,
  outputs: Float32Array,
  rows?: Int32Array,
): SplitMetrics {
  const labels = rows === undefined ? data.labels : pick(data.labels, rows, 1);
  const values = rows === undefined ? outputs : pick(outputs, rows, data.width);
  if (data.task === 'regression')
    return { metrics: regressionMetrics(labels, values).metrics, confusionMatrix: null };
  const report =
    data.task === 'binary_classification'
      ? binaryClassificationMetrics(labels, values, {
          threshold: data.decisionThreshold,
          classLabels: data.classLabels,
        })
      : multiclassClassificationMetrics(labels, values, data.width, {
          classLabels: data.classLabels,
        });
  return report;
}

/** The finite metrics under `prefix`: an undefined metric is left out rather than written as NaN. */
export function prefixedFiniteMetrics(
  metrics: Record<string, number>,
  prefix: string,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(metrics)
      .filter(([, value]) => Number.isFinite(value))
      .map(([name, value]) => [`${prefix}${name}`, value]),
  );
}

function pick(values: Float32Array, rows: Int32Array, width: number): Float32Array {
  const picked = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i++)
    for (let c = 0; c < width; c++) picked[i * width + c] = values[rows[i] * width + c];
  return picked;
}
