export { TrackingModule } from './tracking.module';
export { TrackingStore } from './database/tracking.store';
export { TrackingReader } from './database/tracking.reader';
export { TRACKING_ENTITIES, TRACKING_MIGRATIONS } from './tracking.database';
export { TrackingErrorCode } from './tracking-error-code';
export { AttemptOutcome, canMoveRun, RUN_TRANSITIONS, RunStatus } from './domain/run-status';
export type {
  AttemptStart,
  MetricPoint,
  NewTrackedRun,
  RunArtifact,
  RunAttempt,
  RunError,
  RunLineage,
  RunOutcome,
  TrackedRun,
  TrackedRunDetail,
} from './domain/tracked-run';
export type {
  MetricHistory,
  MetricHistoryPoint,
  MetricSummary,
  RunSearchPage,
  RunSearchQuery,
} from './domain/run-search';
export type { RunComparison } from './domain/run-comparison';
