/** Stable error codes of the retraining slice. */
export const RetrainingErrorCode = {
  InvalidSchedule: 'MONITORING.INVALID_RETRAINING_SCHEDULE',
  InvalidRetrainingRequest: 'MONITORING.INVALID_RETRAINING_REQUEST',
  InvalidQuery: 'MONITORING.INVALID_RETRAINING_QUERY',
} as const;
