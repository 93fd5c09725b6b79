import { randomBytes, randomUUID } from 'node:crypto';
import { contractFor, type EventName } from '@loopline/contracts';
import type { EventMetadata } from './consumed-event';
import type { PublishContext } from './publish-context';

/** Mints the envelope of a new event, carrying lineage over from its cause. */
export function createEventMetadata(
  name: EventName,
  producer: string,
  context: PublishContext = {},
  now: () => number = Date.now,
): EventMetadata {
  const cause = 'causedBy' in context ? context.causedBy.metadata : undefined;
  return {
    eventId: randomUUID(),
    eventType: name,
    occurredAt: now(),
    correlationId: cause?.correlationId ?? explicitCorrelationId(context) ?? randomUUID(),
    causationId: cause?.eventId,
    producer,
    traceparent: context.traceparent ?? childTraceparent(cause?.traceparent),
    schemaFingerprint: contractFor(name).fingerprintHex,
  };
}

function explicitCorrelationId(context: PublishContext): string | undefined {
  return 'correlationId' in context ? context.correlationId : undefined;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * W3C trace context: an event caused by another stays in its trace with a new span id; an event
 * with no traced cause starts a new trace.
 */
export function childTraceparent(parent?: string): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = match ? match[1] : randomBytes(16).toString('hex');
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomBytes(8).toString('hex')}-${flags}`;
}
