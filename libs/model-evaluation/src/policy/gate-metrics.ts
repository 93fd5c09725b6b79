import type { EvaluationTask } from '../model-under-evaluation';

/** The metric names a check may name: those @loopline/model-metrics computes. */
export const GATE_METRIC_NAMES = [
  'roc_auc',
  'pr_auc',
  'accuracy',
  'f1',
  'precision',
  'recall',
  'log_loss',
  'rmse',
  'mae',
  'r2',
] as const;

export type GateMetricName = (typeof GATE_METRIC_NAMES)[number];

const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['log_loss', 'rmse', 'mae']);
const REGRESSION_METRICS: ReadonlySet<string> = new Set(['rmse', 'mae', 'r2']);

/** Losses and errors shrink as a model improves; every other metric grows. */
export function higherIsBetter(metric: string): boolean {
  return !LOWER_IS_BETTER.has(metric);
}

/**
 * How much worse `value` is than `reference` (positive = worse), whichever way the metric
 * improves: a champion's or an unperturbed baseline's value as reference.
 */
export function worsening(metric: string, reference: number, value: number): number {
  return higherIsBetter(metric) ? reference - value : value - reference;
}

/** A policy is parsed before its model's task is known, so this is checked at evaluation. */
export function metricFitsTask(metric: string, task: EvaluationTask): boolean {
  return REGRESSION_METRICS.has(metric) === (task === 'regression');
}

/** The metrics a task has, for messages that say what to use instead. */
export function metricsOfTask(task: EvaluationTask): string[] {
  return GATE_METRIC_NAMES.filter((metric) => metricFitsTask(metric, task));
}
