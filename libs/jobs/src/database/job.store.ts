import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { assertTransition, JobState } from '../domain/job-state';
import { JobRow } from './job.row';

/**
 * Proof that a worker still holds a job: its id, the lease owner and the attempt number (which
 * every claim increases). Every write after the claim is conditioned on it, so a worker whose
 * lease was taken over can never commit over the new owner.
 */
export interface LeaseFence {
  id: string;
  owner: string;
  attempt: number;
}

/** Fields written when a running job leaves `running`. */
export interface RunningJobExit {
  result?: unknown;
  errorCode?: string;
  errorMessage?: string;
  /** A requeued job is not claimed again before this many milliseconds. */
  runAfterMs?: number;
  /** Give the attempt back (an orderly shutdown interrupted it). */
  refundAttempt?: boolean;
}

const MAX_ERROR_MESSAGE = 2_000;
const LEASE_UNTIL = `now() + CAST(:leaseMs AS double precision) * interval '1 millisecond'`;

/** The SQL of the job lifecycle. Times come from the database clock, shared by all workers. */
export class JobStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kinds: readonly string[],
  ) {}

  /**
   * Claims up to `limit` due jobs in one short transaction: `SKIP LOCKED` lets workers claim side
   * by side without waiting on each other, and no lock outlives the claim.
   */
  async claim(limit: number, owner: string, leaseMs: number): Promise<JobRow[]> {
    assertTransition(JobState.Queued, JobState.Running);
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(JobRow, 'job')
        .where('job.state = :queued', { queued: JobState.Queued })
        .andWhere('job.run_after <= now()')
        .andWhere('job.kind IN (:...kinds)', { kinds: this.kinds })
        .orderBy('job.run_after', 'ASC')
        .addOrderBy('job.created_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return [];
      await manager
        .createQueryBuilder()
        .update(JobRow)
        .set({
          state: JobState.Running,
          attempts: () => 'attempts + 1',
          leaseOwner: owner,
          leaseExpiresAt: () => LEASE_UNTIL,
          startedAt: () => 'now()',
          updatedAt: () => 'now()',
        })
        .whereInIds(rows.map((row) => row.id))
        .setParameter('leaseMs', leaseMs)
        .execute();
      return rows.map((row) =>
        Object.assign(row, {
          state: JobState.Running,
          attempts: row.attempts + 1,
          leaseOwner: owner,
        }),
      );
    });
  }

  /** Extends a held lease; false when the job is no longer this worker's. */
  async renew(fence: LeaseFence, leaseMs: number): Promise<boolean> {
    const updated = await this.fencedUpdate(this.dataSource.manager, fence, {
      leaseExpiresAt: () => LEASE_UNTIL,
    })
      .setParameter('leaseMs', leaseMs)
      .execute();
    return updated.affected === 1;
  }

  /**
   * Locks up to `limit` running jobs whose lease ran out (their worker died) for the caller's
   * transaction; a worker that is still committing holds the row, so it is skipped.
   */
  lockExpired(manager: EntityManager, limit: number): Promise<JobRow[]> {
    return manager
      .createQueryBuilder(JobRow, 'job')
      .where('job.state = :running', { running: JobState.Running })
      .andWhere('job.lease_expires_at < now()')
      .andWhere('job.kind IN (:...kinds)', { kinds: this.kinds })
      .orderBy('job.lease_expires_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /**
   * Moves a running job to `to` if the fence still holds; false when another worker owns it now
   * (the caller must then roll back whatever it wrote in the same transaction).
   */
  async leaveRunning(
    manager: EntityManager,
    fence: LeaseFence,
    to: JobState,
    exit: RunningJobExit = {},
  ): Promise<boolean> {
    assertTransition(JobState.Running, to);
    const updated = await this.fencedUpdate(manager, fence, {
      state: to,
      leaseExpiresAt: null,
      ...(to === JobState.Succeeded ? { result: () => 'CAST(:result AS jsonb)' } : {}),
      ...(exit.errorCode
        ? {
            errorCode: exit.errorCode,
            errorMessage: exit.errorMessage?.slice(0, MAX_ERROR_MESSAGE),
          }
        : {}),
      ...(to === JobState.Queued
        ? {
            runAfter: () => `now() + CAST(:delayMs AS double precision) * interval '1 millisecond'`,
          }
        : { finishedAt: () => 'now()' }),
      ...(exit.refundAttempt ? { attempts: () => 'attempts - 1' } : {}),
    })
      .setParameter('delayMs', exit.runAfterMs ?? 0)
      .setParameter('result', exit.result === undefined ? null : JSON.stringify(exit.result))
      .execute();
    return updated.affected === 1;
  }

  private fencedUpdate(
    manager: EntityManager,
    fence: LeaseFence,
    values: QueryDeepPartialEntity<JobRow>,
  ) {
    return manager
      .createQueryBuilder()
      .update(JobRow)
      .set({ ...values, updatedAt: () => 'now()' })
      .where('id = :id AND state = :running AND lease_owner = :owner AND attempts = :attempt', {
        ...fence,
        running: JobState.Running,
      });
  }
}
