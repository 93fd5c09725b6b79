import type { RetryPolicy } from '@loopline/messaging';
import { retryDelayMs } from '@loopline/messaging';
import { JobState } from './job-state';

/** How waiting between attempts grows; the attempt cap is stored on each job. */
export type JobBackoff = Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs' | 'factor'>;

/** Why an attempt ended without success. */
export type AttemptEnd =
  /** The handler (or the commit of its result) threw. */
  | { reason: 'error'; code: string; retriable: boolean }
  /** The worker stopped renewing the lease: it crashed, hung or lost the database. */
  | { reason: 'lease-expired' }
  /** The worker was shutting down and the handler stopped on its AbortSignal. */
  | { reason: 'shutdown' };

export type NextStep =
  | {
      state: JobState.Queued;
      delayMs: number;
      /** The attempt is not held against the job (an orderly shutdown is not the job's fault). */
      refundAttempt: boolean;
    }
  | { state: JobState.Failed };

/**
 * What happens to a running job whose attempt ended without success: policy only, the worker
 * does the rest. A crash counts as an attempt, so work that kills its worker every time (out of
 * memory) ends failed instead of taking replicas down forever.
 */
export function decideAfterAttempt(
  end: AttemptEnd,
  attempt: number,
  maxAttempts: number,
  backoff: JobBackoff,
  random: () => number = Math.random, // backoff jitter only: spreads retries, shapes no data
): NextStep {
  if (end.reason === 'shutdown') {
    return { state: JobState.Queued, delayMs: 0, refundAttempt: true };
  }
  if (end.reason === 'error' && !end.retriable) return { state: JobState.Failed };
  if (attempt >= maxAttempts) return { state: JobState.Failed };
  return {
    state: JobState.Queued,
    delayMs: retryDelayMs({ ...backoff, maxAttempts }, attempt + 1, random),
    refundAttempt: false,
  };
}
