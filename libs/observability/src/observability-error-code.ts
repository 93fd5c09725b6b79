/** Stable codes raised by the observability library. */
export enum ObservabilityErrorCode {
  DuplicateIndicator = 'OBSERVABILITY.DUPLICATE_INDICATOR',
  ReadinessTimeout = 'OBSERVABILITY.READINESS_TIMEOUT',
  ShuttingDown = 'OBSERVABILITY.SHUTTING_DOWN',
}
