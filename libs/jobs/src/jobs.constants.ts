import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { JobBackoff } from './domain/job-failure.policy';
import { JobsErrorCode } from './errors/jobs-error-code';
import type { JobsOptions, ResolvedJobsOptions } from './jobs-options.interface';

export const JOBS_OPTIONS = Symbol('LOOPLINE_JOBS_OPTIONS');

export const DEFAULT_JOB_BACKOFF: Readonly<JobBackoff> = {
  initialDelayMs: 1_000,
  maxDelayMs: 60_000,
  factor: 2,
};

/** Renewals per lease period: two can fail (a slow query, a blip) before the lease lapses. */
const RENEWALS_PER_LEASE = 3;

/** Applies defaults and fails fast, naming every problem, on options that cannot work. */
export function resolveJobsOptions(options: JobsOptions = {}): ResolvedJobsOptions {
  const leaseMs = options.leaseMs ?? 30_000;
  const resolved: ResolvedJobsOptions = {
    workerEnabled: options.workerEnabled ?? true,
    workerId: options.workerId ?? `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`,
    concurrency: options.concurrency ?? 1,
    leaseMs,
    renewEveryMs: Math.floor(leaseMs / RENEWALS_PER_LEASE),
    pollIntervalMs: options.pollIntervalMs ?? 5_000,
    shutdownGraceMs: options.shutdownGraceMs ?? 10_000,
    maxAttempts: options.maxAttempts ?? 3,
    backoff: { ...DEFAULT_JOB_BACKOFF, ...options.backoff },
  };
  const problems: string[] = [];
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1)
    problems.push(`concurrency must be an integer >= 1 (got ${resolved.concurrency})`);
  if (!(resolved.leaseMs >= 300))
    problems.push(`leaseMs must be >= 300 so renewals fit inside it (got ${resolved.leaseMs})`);
  if (!(resolved.pollIntervalMs > 0)) problems.push('pollIntervalMs must be > 0');
  if (!(resolved.shutdownGraceMs >= 0)) problems.push('shutdownGraceMs must be >= 0');
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1)
    problems.push(`maxAttempts must be an integer >= 1 (got ${resolved.maxAttempts})`);
  if (resolved.backoff.initialDelayMs < 0) problems.push('backoff.initialDelayMs must be >= 0');
  if (resolved.backoff.maxDelayMs < resolved.backoff.initialDelayMs)
    problems.push('backoff.maxDelayMs must be >= backoff.initialDelayMs');
  if (resolved.backoff.factor < 1) problems.push('backoff.factor must be >= 1');
  if (problems.length > 0) {
    throw new PlatformError(
      JobsErrorCode.InvalidOptions,
      `Invalid jobs options: ${problems.join('; ')}.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  }
  return resolved;
}
