import { ErrorKind, PlatformError } from '@loopline/errors';
import { JobsErrorCode } from '../errors/jobs-error-code';

/** Lifecycle of a job; stored as text in `jobs.state`. */
export enum JobState {
  /** Waiting for a worker (new, retrying after a failure, or taken back from a dead worker). */
  Queued = 'queued',
  /** Claimed by one worker, which holds a lease on it and renews it while the work runs. */
  Running = 'running',
  /** Done; the result and the handler's own effects committed together. */
  Succeeded = 'succeeded',
  /** Given up: a permanent error, or the last allowed attempt failed. */
  Failed = 'failed',
}

/**
 * Every allowed state change. `running → queued` is a retriable failure, a shutdown that
 * interrupted the work, or a lease that expired because its worker died; `running → failed` is a
 * permanent error or the last attempt. Finished jobs never change again.
 */
export const JOB_TRANSITIONS: Readonly<Record<JobState, readonly JobState[]>> = {
  [JobState.Queued]: [JobState.Running],
  [JobState.Running]: [JobState.Succeeded, JobState.Failed, JobState.Queued],
  [JobState.Succeeded]: [],
  [JobState.Failed]: [],
};

export function canTransition(from: JobState, to: JobState): boolean {
  return JOB_TRANSITIONS[from].includes(to);
}

/** Throws JOBS.ILLEGAL_TRANSITION unless the lifecycle allows `from → to`. */
export function assertTransition(from: JobState, to: JobState): void {
  if (!canTransition(from, to)) {
    throw new PlatformError(
      JobsErrorCode.IllegalTransition,
      `A job cannot go from ${from} to ${to}; allowed from ${from}: ${JOB_TRANSITIONS[from].join(', ') || 'nothing (final)'}.`,
      { kind: ErrorKind.Internal, retriable: false, details: { from, to } },
    );
  }
}

export function isFinal(state: JobState): boolean {
  return JOB_TRANSITIONS[state].length === 0;
}
