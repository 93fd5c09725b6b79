export { JOBS_ENTITIES, JOBS_MIGRATIONS } from './database';
export type { EnqueuedJob, Job, JobLineage } from './domain/job';
export {
  decideAfterAttempt,
  type AttemptEnd,
  type JobBackoff,
  type NextStep,
} from './domain/job-failure.policy';
export {
  assertTransition,
  canTransition,
  isFinal,
  JOB_TRANSITIONS,
  JobState,
} from './domain/job-state';
export { JobsErrorCode } from './errors/jobs-error-code';
export { JobHandler } from './handlers/job-handler';
export { DEFAULT_JOB_BACKOFF, JOBS_OPTIONS, resolveJobsOptions } from './jobs.constants';
export type { JobsOptions, ResolvedJobsOptions } from './jobs-options.interface';
export { JobsModule } from './jobs.module';
export { JobQueue, type EnqueueJobRequest, type JobCause } from './queue/job-queue';
export { JobWorker } from './worker/job-worker';
export { runInWorkerThread, type WorkerThreadRun } from './threads/run-in-worker-thread';
export { serveWorkerThread } from './threads/serve-worker-thread';
export type {
  SerializedPlatformError,
  WorkerThreadMessage,
} from './threads/worker-thread-messages';
