/** The value of `format` in a monitoring policy file. */
export const MONITORING_POLICY_FORMAT = 'loopline.monitoring-policy/v1';

/**
 * How one model is watched (`monitoring-policies/<model>.json`): when its windows close, what
 * counts as drift and as a performance drop, and when either becomes a retraining request.
 */
export interface MonitoringPolicy {
  format: typeof MONITORING_POLICY_FORMAT;
  model: string;
  windows: WindowPolicy;
  drift: DriftPolicy;
  performance: PerformancePolicy;
  retraining: RetrainingPolicy;
}

/** A window of one serving version closes at whichever comes first: maxRows or maxSeconds. */
export interface WindowPolicy {
  /** Predictions after which a window closes (count windows). */
  maxRows: number;
  /** Seconds of request time after which a window closes (time windows). */
  maxSeconds: number;
  /** A window closing with fewer predictions is summarized but never judged for drift. */
  minRows: number;
}

export interface DriftPolicy {
  /**
   * Family-wise false-alarm rate of one window over all its columns: the noise threshold of each
   * column is the 1 - alpha / columns quantile of the statistic under no drift, resampled from
   * the reference at the window's size.
   */
  alpha: number;
  /** Resampled windows per calibration. */
  bootstrapDraws: number;
  /**
   * Smallest shift worth calling drift, in the verdict statistic (PSI): a change below it is
   * not drift however many rows prove it.
   */
  minimumEffect: number;
  /** Share of input columns that must drift for the window to count as drifting (dataset drift). */
  driftedShare: number;
  /** Input columns watched; null watches every column of the reference. */
  columns: string[] | null;
}

export interface PerformancePolicy {
  /** Realized metric compared with the version's test metric, e.g. roc_auc, accuracy, rmse. */
  metric: string;
  /** Largest allowed drop below the version's test value (absolute, in the metric's unit). */
  maxDrop: number;
  /** Labelled predictions a window needs before its metric is judged. */
  minLabels: number;
}

export interface RetrainingPolicy {
  onDrift: boolean;
  onPerformance: boolean;
  /** Seconds after a retraining request during which further triggers are suppressed. */
  cooldownSeconds: number;
  /**
   * A request counts as in flight until its run fails, its version fails its gate or its rollout
   * ends; after this many seconds without one of those it no longer blocks new requests.
   */
  inFlightTimeoutSeconds: number;
  /** Five-field cron expression (UTC) for scheduled retraining; null for none. */
  schedule: string | null;
  /**
   * Whether a trigger needs a feature set newer than the serving version's: retraining on the
   * same data would only reproduce the same model.
   */
  requireNewData: boolean;
}
