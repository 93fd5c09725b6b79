import { ErrorKind, PlatformError } from '@loopline/errors';
import { Logger } from '@nestjs/common';
import type { JobStore, LeaseFence } from '../database/job.store';
import { JobsErrorCode } from '../errors/jobs-error-code';

/**
 * Keeps one claimed job's lease alive while its handler runs, and tells the handler (through
 * `signal`) when to stop: on shutdown, or once the lease is gone, because another worker took the
 * job over or renewals failed until the lease ran out and another worker may take it any moment.
 */
export class JobLease {
  private readonly logger = new Logger(JobLease.name);
  private readonly lostController = new AbortController();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** Local time by which the lease runs out unless renewed (measured before each renewal). */
  private deadline: number;
  readonly signal: AbortSignal;

  constructor(
    private readonly store: JobStore,
    private readonly fence: LeaseFence,
    private readonly leaseMs: number,
    private readonly renewEveryMs: number,
    shutdown: AbortSignal,
    claimedAt: number,
  ) {
    this.deadline = claimedAt + leaseMs;
    this.signal = AbortSignal.any([shutdown, this.lostController.signal]);
  }

  get lost(): boolean {
    return this.lostController.signal.aborted;
  }

  start(): void {
    this.schedule();
  }

  /** Stops renewing: the job is finished, or left to lease expiry at shutdown. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped || this.lost) return;
    this.timer = setTimeout(() => void this.renew(), this.renewEveryMs);
  }

  private async renew(): Promise<void> {
    const startedAt = Date.now();
    try {
      if (!(await this.store.renew(this.fence, this.leaseMs))) {
        return this.lose('another worker took the job over');
      }
      this.deadline = startedAt + this.leaseMs;
    } catch (error) {
      if (Date.now() >= this.deadline) {
        return this.lose(`renewals failed until the lease ran out (${(error as Error).message})`);
      }
      this.logger.warn(`renewing the lease of job ${this.fence.id} failed; retrying: ${error}`);
    }
    this.schedule();
  }

  private lose(why: string): void {
    if (this.stopped) return;
    this.logger.warn(
      `lost the lease of job ${this.fence.id} (attempt ${this.fence.attempt}): ${why}`,
    );
    this.lostController.abort(
      new PlatformError(
        JobsErrorCode.LeaseLost,
        `Lost the lease of job ${this.fence.id}: ${why}.`,
        {
          kind: ErrorKind.Conflict,
          retriable: false,
          details: { ...this.fence },
        },
      ),
    );
  }
}
