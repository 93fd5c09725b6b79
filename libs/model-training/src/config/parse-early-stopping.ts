import type { EarlyStoppingConfig, MonitoredMetric, TrainingTask } from './training-config';
import type { ConfigFields } from './config-fields';
import { TRAINING_CONFIG_BOUNDS as BOUNDS } from './training-config-bounds';

/** The validation metrics an epoch of each task reports, and so can be monitored. */
const METRICS_BY_TASK: Record<TrainingTask, readonly MonitoredMetric[]> = {
  binary_classification: ['val_loss', 'val_accuracy', 'val_roc_auc', 'val_pr_auc', 'val_f1'],
  multiclass_classification: ['val_loss', 'val_accuracy', 'val_roc_auc', 'val_pr_auc', 'val_f1'],
  regression: ['val_loss', 'val_rmse', 'val_mae', 'val_r2'],
};
const ALL_METRICS: readonly MonitoredMetric[] = [...new Set(Object.values(METRICS_BY_TASK).flat())];
/** Errors improve downwards; every other metric (accuracy, AUCs, F1, R²) upwards. */
const LOWER_IS_BETTER: readonly MonitoredMetric[] = ['val_loss', 'val_rmse', 'val_mae'];

/** The direction in which `metric` improves. */
export function improvingMode(metric: MonitoredMetric): EarlyStoppingConfig['mode'] {
  return LOWER_IS_BETTER.includes(metric) ? 'min' : 'max';
}

/**
 * Reads `training.earlyStopping` (null, the default, for none). The monitored metric must be
 * one the task reports, and the mode the direction in which it improves: stopping a
 * `val_roc_auc` run when the AUC stops *falling* is a silent mistake worth refusing.
 */
export function parseEarlyStopping(
  training: ConfigFields,
  task: TrainingTask | null,
): EarlyStoppingConfig | null {
  const stopping = training.object('earlyStopping');
  if (stopping === null) return null;
  stopping.allowOnly(['monitor', 'mode', 'patience', 'minDelta', 'restoreBestWeights']);
  const monitor = stopping.oneOf('monitor', ALL_METRICS, { required: true });
  if (monitor !== null && task !== null && !METRICS_BY_TASK[task].includes(monitor)) {
    stopping.problem(
      'monitor',
      `${monitor} is not reported for ${task}; monitor one of ${METRICS_BY_TASK[task].join(', ')}`,
    );
  }
  const mode = stopping.oneOf('mode', ['min', 'max'] as const, { required: true });
  if (monitor !== null && mode !== null && mode !== improvingMode(monitor)) {
    const direction = improvingMode(monitor) === 'min' ? 'lower' : 'higher';
    stopping.problem(
      'mode',
      `must be '${improvingMode(monitor)}' for ${monitor}, which is better when ${direction} (got '${mode}')`,
    );
  }
  if (!stopping.has('restoreBestWeights')) {
    stopping.problem('restoreBestWeights', 'is required; set it to true or false');
  }
  return {
    monitor: monitor ?? 'val_loss',
    mode: mode ?? 'min',
    patience: stopping.number('patience', BOUNDS.patience, { required: true }) ?? 0,
    minDelta: stopping.number('minDelta', BOUNDS.minDelta, { required: true }) ?? 0,
    restoreBestWeights: stopping.boolean('restoreBestWeights', false),
  };
}
