import { type PlatformError, toPlatformError } from '@loopline/errors';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { toJob } from '../database/job.mapper';
import type { JobRow } from '../database/job.row';
import type { JobStore, LeaseFence } from '../database/job.store';
import type { Job } from '../domain/job';
import { decideAfterAttempt, type AttemptEnd } from '../domain/job-failure.policy';
import { JobState } from '../domain/job-state';
import type { JobHandler } from '../handlers/job-handler';
import type { ResolvedJobsOptions } from '../jobs-options.interface';
import { JobLease } from './job-lease';

/** Thrown inside a commit transaction whose fence no longer holds, to roll it back. */
class FenceLost extends Error {}

/**
 * One claimed attempt at a job: the handler runs outside any transaction while the lease is
 * renewed; then one transaction records the outcome together with the handler's own writes
 * (result state and outbox events on success, the failure event when the job gives up).
 */
export class JobExecution {
  private readonly logger = new Logger(JobExecution.name);
  private readonly job: Job;
  private readonly fence: LeaseFence;
  private readonly lease: JobLease;
  /** Set when shutdown stopped waiting: the outcome is no longer this worker's to record. */
  private abandoned = false;

  constructor(
    row: JobRow,
    private readonly handler: JobHandler,
    private readonly store: JobStore,
    private readonly dataSource: DataSource,
    private readonly options: ResolvedJobsOptions,
    private readonly shutdown: AbortSignal,
    claimedAt: number,
  ) {
    this.job = toJob(row);
    this.fence = { id: row.id, owner: options.workerId, attempt: row.attempts };
    this.lease = new JobLease(
      store,
      this.fence,
      options.leaseMs,
      options.renewEveryMs,
      shutdown,
      claimedAt,
    );
  }

  /**
   * Stops renewing and gives the job up to lease expiry (shutdown waited long enough): another
   * worker will take it over, so whatever the handler still returns is not recorded.
   */
  abandon(): void {
    this.abandoned = true;
    this.lease.stop();
  }

  /** Runs the attempt; resolves with the delay before a retry is due, if one was scheduled. */
  async execute(): Promise<number | undefined> {
    this.lease.start();
    try {
      let result: unknown;
      try {
        result = await this.handler.run(this.job, this.lease.signal);
      } catch (error) {
        return await this.recordFailure(error);
      }
      return await this.recordSuccess(result);
    } finally {
      this.lease.stop();
    }
  }

  private async recordSuccess(result: unknown): Promise<number | undefined> {
    if (this.lease.lost || this.abandoned) return this.discard();
    try {
      await this.dataSource.transaction(async (manager) => {
        // The fenced update comes first: it locks the row, so no worker can take it over while
        // the handler's writes are made.
        if (!(await this.store.leaveRunning(manager, this.fence, JobState.Succeeded, { result })))
          throw new FenceLost();
        await this.handler.complete?.(manager, this.job, result);
      });
      return undefined;
    } catch (error) {
      if (error instanceof FenceLost) return this.discard();
      return this.recordFailure(error);
    }
  }

  private async recordFailure(thrown: unknown): Promise<number | undefined> {
    if (this.lease.lost || this.abandoned) return this.discard();
    const error = toPlatformError(thrown);
    // A handler that stops on the shutdown signal usually throws an AbortError: not a failure.
    const end: AttemptEnd =
      this.shutdown.aborted && error.retriable
        ? { reason: 'shutdown' }
        : { reason: 'error', code: error.code, retriable: error.retriable };
    const next = decideAfterAttempt(
      end,
      this.job.attempt,
      this.job.maxAttempts,
      this.options.backoff,
    );
    const recorded =
      end.reason === 'shutdown' ? {} : { errorCode: error.code, errorMessage: error.message };
    try {
      await this.dataSource.transaction(async (manager) => {
        if (next.state === JobState.Queued) {
          const exit = { ...recorded, runAfterMs: next.delayMs, refundAttempt: next.refundAttempt };
          if (!(await this.store.leaveRunning(manager, this.fence, JobState.Queued, exit)))
            throw new FenceLost();
        } else {
          if (!(await this.store.leaveRunning(manager, this.fence, JobState.Failed, recorded)))
            throw new FenceLost();
          await this.handler.fail?.(manager, this.job, error);
        }
      });
    } catch (failure) {
      if (failure instanceof FenceLost) return this.discard();
      // The job stays running under a lease that is no longer renewed: once it runs out, a
      // worker takes the job back as if this one had crashed. Nothing is lost.
      this.logger.error(
        `could not record the outcome of job ${this.job.id} (${error.code}); ` +
          `it will be retried after its lease expires: ${failure}`,
      );
      return undefined;
    }
    this.log(end, next.state, error);
    return next.state === JobState.Queued ? next.delayMs : undefined;
  }

  private discard(): undefined {
    const why = this.abandoned ? 'was left to lease expiry at shutdown' : 'lost its lease';
    this.logger.warn(
      `job ${this.job.id} attempt ${this.job.attempt} ${why}; its outcome is discarded`,
    );
    return undefined;
  }

  private log(end: AttemptEnd, next: JobState, error: PlatformError): void {
    const what = `job ${this.job.kind} ${this.job.id} attempt ${this.job.attempt}/${this.job.maxAttempts}`;
    if (end.reason === 'shutdown') this.logger.log(`${what} interrupted by shutdown; requeued`);
    else if (next === JobState.Failed)
      this.logger.error(`${what} failed: ${error.code} ${error.message}`);
    else this.logger.warn(`${what} failed (${error.code}: ${error.message}); will retry`);
  }
}
