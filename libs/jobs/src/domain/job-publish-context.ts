import type { ConsumedEvent, PublishContext } from '@loopline/messaging';
import { childTraceparent } from '@loopline/messaging';
import type { JobLineage } from './job';

/**
 * The publish context of events a job emits, rebuilt from the lineage stored with the job: same
 * correlation id, the starting event as cause, a new span in the starting event's trace.
 * The outbox derives lineage from the cause's metadata alone, and a job keeps only that part of
 * the event (not its payload), hence the narrowed cause.
 */
export function jobPublishContext(lineage: JobLineage): PublishContext {
  if (!lineage.causationId) {
    return {
      correlationId: lineage.correlationId,
      traceparent: childTraceparent(lineage.traceparent),
    };
  }
  const cause: Pick<ConsumedEvent, 'metadata'> = {
    metadata: {
      eventId: lineage.causationId,
      eventType: lineage.causedByEventType as ConsumedEvent['metadata']['eventType'],
      correlationId: lineage.correlationId,
      traceparent: lineage.traceparent,
      occurredAt: 0,
      producer: '',
      schemaFingerprint: '',
    },
  };
  return { causedBy: cause as ConsumedEvent };
}
