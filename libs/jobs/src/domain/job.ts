import type { PublishContext } from '@loopline/messaging';

/** Where a job came from: the lifecycle run it belongs to and the event that started it. */
export interface JobLineage {
  correlationId: string;
  /** Id of the event that started the job; absent for jobs started by a person or a schedule. */
  causationId?: string;
  causedByEventType?: string;
  traceparent?: string;
}

/** What a handler receives: one claimed attempt at a job. */
export interface Job<I = unknown> {
  id: string;
  kind: string;
  /** The aggregate the work is about (model name, feature view name). */
  key: string;
  input: I;
  /** 1 for the first attempt; a retry or a restart after a crash counts up. */
  attempt: number;
  maxAttempts: number;
  lineage: JobLineage;
  /**
   * Pass to `OutboxWriter.enqueue` for events the job publishes: they keep the correlation id and
   * name the event that started the job as their cause.
   */
  publishContext: PublishContext;
}

/** What `JobQueue.enqueue` returns. */
export interface EnqueuedJob {
  id: string;
  /** False when this event had already started a job of this kind (the existing one is named). */
  created: boolean;
}
