import type { Job } from '../domain/job';
import { jobPublishContext } from '../domain/job-publish-context';
import type { JobRow } from './job.row';

/** The handler's view of a claimed row; the row itself never leaves the library. */
export function toJob<I>(row: JobRow): Job<I> {
  const lineage = {
    correlationId: row.correlationId,
    causationId: row.causationId ?? undefined,
    causedByEventType: row.causedByEventType ?? undefined,
    traceparent: row.traceparent ?? undefined,
  };
  return {
    id: row.id,
    kind: row.kind,
    key: row.aggregateKey,
    input: row.input as I,
    attempt: row.attempts,
    maxAttempts: row.maxAttempts,
    lineage,
    publishContext: jobPublishContext(lineage),
  };
}
