import type { EvaluationTask } from '../model-under-evaluation';
import { metricFitsTask, metricsOfTask } from '../policy/gate-metrics';

/**
 * Why a check cannot judge `metric` on a model of `task`, or null when it can. The policy is
 * written before the model's task is known, so a wrong metric surfaces here, as a failed check.
 */
export function metricMismatch(metric: string, task: EvaluationTask): string | null {
  if (metricFitsTask(metric, task)) return null;
  return `${metric} is not a metric of a ${task.replace(/_/g, ' ')} model (it has ${metricsOfTask(task).join(', ')}); change the check's metric.`;
}

/** Why a metric value is missing: defined only for some rows (AUC needs both classes present). */
export function undefinedMetricReason(metric: string): string {
  if (metric === 'roc_auc') return 'it needs rows of both the positive and the other classes';
  if (metric === 'pr_auc') return 'it needs rows of the positive class';
  if (metric === 'r2') return 'it needs at least two rows';
  return 'it could not be computed on these rows';
}
