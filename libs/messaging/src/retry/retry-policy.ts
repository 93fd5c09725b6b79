/** How often and how patiently a consumer retries a handler that failed with a retriable error. */
export interface RetryPolicy {
  /** Total handler attempts, the first included, before the message is dead-lettered. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Growth of the delay between attempts. */
  factor: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5,
  initialDelayMs: 100,
  maxDelayMs: 5_000,
  factor: 2,
};

/**
 * Delay before attempt `nextAttempt` (2 for the first retry). Exponential with "equal jitter":
 * half the delay is fixed so retries never bunch at zero, half is random so a fleet of consumers
 * recovering from the same outage does not retry in lockstep.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  nextAttempt: number,
  random = Math.random,
): number {
  const exponent = Math.max(0, nextAttempt - 2);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function validateRetryPolicy(policy: RetryPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1)
    problems.push(`retry.maxAttempts must be an integer >= 1 (got ${policy.maxAttempts})`);
  if (policy.initialDelayMs < 0) problems.push('retry.initialDelayMs must be >= 0');
  if (policy.maxDelayMs < policy.initialDelayMs)
    problems.push('retry.maxDelayMs must be >= retry.initialDelayMs');
  if (policy.factor < 1) problems.push('retry.factor must be >= 1');
  return problems;
}
