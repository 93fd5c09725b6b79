/** Error codes of the monitoring service. */
export enum MonitoringErrorCode {
  InvalidPolicy = 'MONITORING.INVALID_POLICY',
  ModelNotMonitored = 'MONITORING.MODEL_NOT_MONITORED',
  InvalidQuery = 'MONITORING.INVALID_QUERY',
  WindowNotFound = 'MONITORING.WINDOW_NOT_FOUND',
  InvalidPredictionLog = 'MONITORING.INVALID_PREDICTION_LOG',
  InvalidDriftReference = 'MONITORING.INVALID_DRIFT_REFERENCE',
}
