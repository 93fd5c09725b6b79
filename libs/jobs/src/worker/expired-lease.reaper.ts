import { ErrorKind, PlatformError } from '@loopline/errors';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { toJob } from '../database/job.mapper';
import type { JobStore } from '../database/job.store';
import { decideAfterAttempt, type JobBackoff } from '../domain/job-failure.policy';
import { JobState } from '../domain/job-state';
import { JobsErrorCode } from '../errors/jobs-error-code';
import type { JobHandlerRegistry } from '../handlers/job-handler.registry';

const REAP_BATCH = 20;
const logger = new Logger('ExpiredLeaseReaper');

/**
 * Takes back jobs whose worker died mid-job (its lease ran out): requeued for another attempt
 * with backoff, or failed for good, through the handler's `fail`, once the attempts are spent.
 * One short transaction; returns the delay until the soonest requeued job is due, if any.
 */
export async function reapExpiredLeases(
  dataSource: DataSource,
  store: JobStore,
  handlers: JobHandlerRegistry,
  backoff: JobBackoff,
): Promise<number | undefined> {
  return dataSource.transaction(async (manager) => {
    let soonestMs: number | undefined;
    for (const row of await store.lockExpired(manager, REAP_BATCH)) {
      const fence = { id: row.id, owner: row.leaseOwner ?? '', attempt: row.attempts };
      const next = decideAfterAttempt(
        { reason: 'lease-expired' },
        row.attempts,
        row.maxAttempts,
        backoff,
      );
      const error = new PlatformError(
        JobsErrorCode.LeaseExpired,
        `Worker ${row.leaseOwner} stopped renewing its lease during attempt ${row.attempts} ` +
          '(it crashed, hung or lost the database).',
        { kind: ErrorKind.Unavailable, details: { worker: row.leaseOwner, attempt: row.attempts } },
      );
      const exit = { errorCode: error.code, errorMessage: error.message };
      if (next.state === JobState.Queued) {
        await store.leaveRunning(manager, fence, JobState.Queued, {
          ...exit,
          runAfterMs: next.delayMs,
        });
        soonestMs = Math.min(soonestMs ?? Infinity, next.delayMs);
        logger.warn(`job ${row.kind} ${row.id}: ${error.message} Requeued.`);
      } else {
        await store.leaveRunning(manager, fence, JobState.Failed, exit);
        await handlers.get(row.kind).fail?.(manager, toJob(row), error);
        logger.error(`job ${row.kind} ${row.id}: ${error.message} No attempts left; failed.`);
      }
    }
    return soonestMs;
  });
}
