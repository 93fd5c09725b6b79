import { isOutage, type PlatformError } from '@loopline/errors';
import { type RetryPolicy, retryDelayMs } from './retry-policy';

/** What the consumer does with a message whose handler just failed. */
export type FailureDecision =
  /** Poison, a permanent failure or an exhausted retry budget: park it and move on. */
  | { action: 'dead-letter' }
  /** A retriable failure with budget left: try the same message again after the delay. */
  | { action: 'retry'; delayMs: number }
  /**
   * The infrastructure is down (database, object store, broker): the message is fine, so the
   * partition waits and retries, with capped backoff, for as long as the outage lasts.
   */
  | { action: 'wait-for-recovery'; delayMs: number };

/**
 * The policy alone, with no Kafka in sight: outages are waited out, retriable failures are
 * retried up to the budget, everything else is dead-lettered.
 */
export function decideOnFailure(
  failure: PlatformError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): FailureDecision {
  if (isOutage(failure)) {
    return { action: 'wait-for-recovery', delayMs: retryDelayMs(policy, attempt + 1, random) };
  }
  if (failure.retriable && attempt < policy.maxAttempts) {
    return { action: 'retry', delayMs: retryDelayMs(policy, attempt + 1, random) };
  }
  return { action: 'dead-letter' };
}
