/** Stable codes of the tracking store's errors; callers and tests branch on these. */
export enum TrackingErrorCode {
  InvalidFilter = 'TRACKING.INVALID_FILTER',
  InvalidOrderBy = 'TRACKING.INVALID_ORDER_BY',
  InvalidPageToken = 'TRACKING.INVALID_PAGE_TOKEN',
  InvalidQuery = 'TRACKING.INVALID_QUERY',
  InvalidRun = 'TRACKING.INVALID_RUN',
  InvalidMetricPoints = 'TRACKING.INVALID_METRIC_POINTS',
  RunNotFound = 'TRACKING.RUN_NOT_FOUND',
  MetricNotFound = 'TRACKING.METRIC_NOT_FOUND',
  RunExists = 'TRACKING.RUN_EXISTS',
  IllegalRunTransition = 'TRACKING.ILLEGAL_RUN_TRANSITION',
  AttemptNotNewer = 'TRACKING.ATTEMPT_NOT_NEWER',
}
