import { randomUUID } from 'node:crypto';
import type { ConsumedEvent } from '@loopline/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobRow } from '../database/job.row';
import type { EnqueuedJob, JobLineage } from '../domain/job';
import { JobState } from '../domain/job-state';
import { JobHandlerRegistry } from '../handlers/job-handler.registry';
import { JOBS_OPTIONS } from '../jobs.constants';
import type { ResolvedJobsOptions } from '../jobs-options.interface';
import { notifyJobs } from './job-notifications';

/** A job to start; `input` must survive a JSON round trip (it is stored as jsonb). */
export interface EnqueueJobRequest<I> {
  kind: string;
  /** The aggregate the work is about; usually the consumed event's key. */
  key: string;
  input: I;
  /** Attempts before the job fails for good; defaults to the module's `maxAttempts`. */
  maxAttempts?: number;
}

/** Lineage: the consumed event that starts the job, or (started by a person or a schedule) none. */
export type JobCause =
  { causedBy: ConsumedEvent } | { correlationId?: string; traceparent?: string };

/**
 * Starts jobs. `enqueue` writes through the caller's transaction, normally the inbox's
 * (`inbox.runOnce(event, (manager) => jobs.enqueue(manager, ...))`), so the job exists if and
 * only if the event was handled, and the consumer callback returns in milliseconds.
 */
@Injectable()
export class JobQueue {
  constructor(
    private readonly handlers: JobHandlerRegistry,
    @Inject(JOBS_OPTIONS) private readonly options: ResolvedJobsOptions,
  ) {}

  /**
   * Inserts a queued job and wakes the workers once the transaction commits. Idempotent per
   * (kind, cause, key): the same event never starts two jobs of one kind for one aggregate; the
   * second call returns the first job with `created: false`.
   */
  async enqueue<I>(
    manager: EntityManager,
    request: EnqueueJobRequest<I> & JobCause,
  ): Promise<EnqueuedJob> {
    this.handlers.get(request.kind); // an unknown kind would sit queued forever: refuse it now
    const lineage = lineageOf(request);
    const id = randomUUID();
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(JobRow)
      .values({
        id,
        kind: request.kind,
        aggregateKey: request.key,
        state: JobState.Queued,
        input: () => 'CAST(:input AS jsonb)',
        maxAttempts: request.maxAttempts ?? this.options.maxAttempts,
        correlationId: lineage.correlationId,
        causationId: lineage.causationId ?? null,
        causedByEventType: lineage.causedByEventType ?? null,
        traceparent: lineage.traceparent ?? null,
      })
      .setParameter('input', JSON.stringify(request.input))
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) {
      await notifyJobs(manager);
      return { id, created: true };
    }
    // Only the (kind, causation_id, aggregate_key) constraint can refuse a fresh uuid, so there is a cause.
    const existing = await manager.findOneByOrFail(JobRow, {
      kind: request.kind,
      causationId: lineage.causationId,
      aggregateKey: request.key,
    });
    return { id: existing.id, created: false };
  }
}

function lineageOf(cause: JobCause): JobLineage {
  if ('causedBy' in cause) {
    const { metadata } = cause.causedBy;
    return {
      correlationId: metadata.correlationId,
      causationId: metadata.eventId,
      causedByEventType: metadata.eventType,
      traceparent: metadata.traceparent,
    };
  }
  return { correlationId: cause.correlationId ?? randomUUID(), traceparent: cause.traceparent };
}
