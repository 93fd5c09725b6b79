import type { PerformanceTask } from './performance-task';
import { aucFromHistograms } from './score-histogram';
import type { WindowTallies } from './window-tallies';

/**
 * Metrics whose larger values are worse: a window degrades when they rise above the baseline by
 * more than the policy allows, instead of falling below it.
 */
const ERROR_METRICS = new Set(['rmse', 'mae', 'mse', 'log_loss']);

export function isErrorMetric(metric: string): boolean {
  return ERROR_METRICS.has(metric);
}

/**
 * A window's realized metrics, named as evaluation names the test metrics they meet: binary
 * accuracy, precision, recall, f1 and roc_auc (from the score histograms); multiclass accuracy;
 * regression rmse and mae. A metric that is undefined on the labels so far (roc_auc with one
 * class, precision without a positive prediction) is left out rather than reported as 0.
 */
export function realizedMetrics(
  task: PerformanceTask,
  tallies: WindowTallies,
): Record<string, number> {
  const n = tallies.labeled;
  if (n <= 0) return {};
  const metrics: Record<string, number> = {};
  const put = (name: string, value: number) => {
    if (Number.isFinite(value)) metrics[name] = value;
  };
  if (task === 'regression') {
    put('rmse', Math.sqrt(Math.max(0, tallies.squaredErrorSum) / n));
    put('mae', tallies.absoluteErrorSum / n);
    return metrics;
  }
  put('accuracy', tallies.correct / n);
  if (task === 'binary') {
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tallies;
    put('precision', tp / (tp + fp));
    put('recall', tp / (tp + fn));
    put('f1', (2 * tp) / (2 * tp + fp + fn));
    put('roc_auc', aucFromHistograms(tallies.positivesByBin, tallies.negativesByBin).auc);
  }
  return metrics;
}
