import {
  DEFAULT_CALIBRATION_DRAWS,
  DEFAULT_DRIFT_ALPHA,
  DEFAULT_MINIMUM_EFFECT,
} from '@loopline/stats';
import { DocumentFields, type DocumentProblem } from '@loopline/versioned-documents';
import {
  type DriftPolicy,
  MONITORING_POLICY_FORMAT,
  type MonitoringPolicy,
  type PerformancePolicy,
  type RetrainingPolicy,
  type WindowPolicy,
} from './monitoring-policy';

/** Metrics where lower is better: a drop is a rise. */
export const ERROR_METRICS: readonly string[] = ['rmse', 'mae', 'loss'];

/**
 * What a model without a policy file gets: windows of 10,000 predictions or 10 minutes, PSI
 * drift of at least 0.1 beyond noise at a 5 % family-wise false-alarm rate (2,000 resamples), accuracy allowed to
 * fall 0.05 below the test value once 500 labels are in, one retraining in flight, an hour of
 * cool-down, and no schedule.
 */
export function defaultMonitoringPolicy(model: string): MonitoringPolicy {
  return {
    format: MONITORING_POLICY_FORMAT,
    model,
    windows: { maxRows: 10_000, maxSeconds: 600, minRows: 500 },
    drift: {
      alpha: DEFAULT_DRIFT_ALPHA,
      bootstrapDraws: DEFAULT_CALIBRATION_DRAWS,
      minimumEffect: DEFAULT_MINIMUM_EFFECT,
      driftedShare: 0.3,
      columns: null,
    },
    performance: { metric: 'accuracy', maxDrop: 0.05, minLabels: 500 },
    retraining: {
      onDrift: true,
      onPerformance: true,
      cooldownSeconds: 3_600,
      inFlightTimeoutSeconds: 6 * 3_600,
      schedule: null,
      requireNewData: true,
    },
  };
}

/**
 * Checks a monitoring policy document, collecting every problem by its path rather than stopping
 * at the first. Every section is optional and falls back to the default policy's, field by field.
 */
export function parseMonitoringPolicy(
  json: unknown,
  expectedName?: string,
  validateSchedule: (expression: string) => string | null = () => null,
): { policy: MonitoringPolicy } | { problems: DocumentProblem[] } {
  const problems: DocumentProblem[] = [];
  const root = DocumentFields.at(json, '', problems);
  if (root === null) return { problems };
  root.allowOnly(['format', 'model', 'windows', 'drift', 'performance', 'retraining']);
  const format = root.string('format', true);
  if (format !== null && format !== MONITORING_POLICY_FORMAT)
    root.problem('format', `must be '${MONITORING_POLICY_FORMAT}' (got '${format}')`);
  const model = root.string('model', true) ?? '';
  if (expectedName !== undefined && model !== '' && model !== expectedName)
    root.problem('model', `must be '${expectedName}', the file's name (got '${model}')`);
  const defaults = defaultMonitoringPolicy(model);
  const policy: MonitoringPolicy = {
    format: MONITORING_POLICY_FORMAT,
    model,
    windows: readWindows(root.object('windows', false), defaults.windows),
    drift: readDrift(root.object('drift', false), defaults.drift),
    performance: readPerformance(root.object('performance', false), defaults.performance),
    retraining: readRetraining(
      root.object('retraining', false),
      defaults.retraining,
      validateSchedule,
    ),
  };
  return problems.length > 0 ? { problems } : { policy };
}

function readWindows(fields: DocumentFields | null, defaults: WindowPolicy): WindowPolicy {
  if (fields === null) return defaults;
  fields.allowOnly(['maxRows', 'maxSeconds', 'minRows']);
  const windows = {
    maxRows: fields.number('maxRows', { whole: true, min: 1 }, false) ?? defaults.maxRows,
    maxSeconds: fields.number('maxSeconds', { above: 0 }, false) ?? defaults.maxSeconds,
    minRows: fields.number('minRows', { whole: true, min: 1 }, false) ?? defaults.minRows,
  };
  if (windows.minRows > windows.maxRows)
    fields.problem('minRows', `must be at most maxRows (${windows.maxRows})`);
  return windows;
}

function readDrift(fields: DocumentFields | null, defaults: DriftPolicy): DriftPolicy {
  if (fields === null) return defaults;
  fields.allowOnly(['alpha', 'bootstrapDraws', 'minimumEffect', 'driftedShare', 'columns']);
  const columns = fields.array('columns', false);
  if (columns !== null && !columns.every((each) => typeof each === 'string' && each !== ''))
    fields.problem('columns', 'must be an array of column names (non-empty strings)');
  return {
    alpha: fields.number('alpha', { above: 0, max: 0.5 }, false) ?? defaults.alpha,
    bootstrapDraws:
      fields.number('bootstrapDraws', { whole: true, min: 20, max: 10_000 }, false) ??
      defaults.bootstrapDraws,
    minimumEffect: fields.number('minimumEffect', { min: 0 }, false) ?? defaults.minimumEffect,
    driftedShare:
      fields.number('driftedShare', { above: 0, max: 1 }, false) ?? defaults.driftedShare,
    columns: columns === null ? defaults.columns : (columns as string[]),
  };
}

function readPerformance(
  fields: DocumentFields | null,
  defaults: PerformancePolicy,
): PerformancePolicy {
  if (fields === null) return defaults;
  fields.allowOnly(['metric', 'maxDrop', 'minLabels']);
  return {
    metric:
      fields.oneOf('metric', ['accuracy', 'roc_auc', 'f1', 'rmse', 'mae'], false) ??
      defaults.metric,
    maxDrop: fields.number('maxDrop', { min: 0 }, false) ?? defaults.maxDrop,
    minLabels: fields.number('minLabels', { whole: true, min: 1 }, false) ?? defaults.minLabels,
  };
}

function readRetraining(
  fields: DocumentFields | null,
  defaults: RetrainingPolicy,
  validateSchedule: (expression: string) => string | null,
): RetrainingPolicy {
  if (fields === null) return defaults;
  fields.allowOnly([
    'onDrift',
    'onPerformance',
    'cooldownSeconds',
    'inFlightTimeoutSeconds',
    'schedule',
    'requireNewData',
  ]);
  const schedule = fields.string('schedule', false);
  if (schedule !== null) {
    const fault = validateSchedule(schedule);
    if (fault !== null) fields.problem('schedule', fault);
  }
  return {
    onDrift: fields.boolean('onDrift', false) ?? defaults.onDrift,
    onPerformance: fields.boolean('onPerformance', false) ?? defaults.onPerformance,
    cooldownSeconds:
      fields.number('cooldownSeconds', { min: 0 }, false) ?? defaults.cooldownSeconds,
    inFlightTimeoutSeconds:
      fields.number('inFlightTimeoutSeconds', { above: 0 }, false) ??
      defaults.inFlightTimeoutSeconds,
    schedule: schedule ?? defaults.schedule,
    requireNewData: fields.boolean('requireNewData', false) ?? defaults.requireNewData,
  };
}
