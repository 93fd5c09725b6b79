import { EventHeader, type EventName } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import type { EventMetadata } from './consumed-event';

export type HeaderMap = Record<string, string>;

const REQUIRED_HEADERS = [
  EventHeader.EventId,
  EventHeader.EventType,
  EventHeader.SchemaFingerprint,
  EventHeader.OccurredAt,
  EventHeader.CorrelationId,
  EventHeader.Producer,
];

/** Writes envelope metadata as Kafka headers (string values, names from one enum). */
export function metadataToHeaders(metadata: EventMetadata): HeaderMap {
  const headers: HeaderMap = {
    [EventHeader.EventId]: metadata.eventId,
    [EventHeader.EventType]: metadata.eventType,
    [EventHeader.SchemaFingerprint]: metadata.schemaFingerprint,
    [EventHeader.OccurredAt]: new Date(metadata.occurredAt).toISOString(),
    [EventHeader.CorrelationId]: metadata.correlationId,
    [EventHeader.Producer]: metadata.producer,
  };
  if (metadata.causationId) headers[EventHeader.CausationId] = metadata.causationId;
  if (metadata.traceparent) headers[EventHeader.Traceparent] = metadata.traceparent;
  return headers;
}

/** Reads envelope metadata back; a message without the required headers is not a Loopline event. */
export function headersToMetadata(headers: Readonly<Record<string, unknown>>): EventMetadata {
  const read = (name: EventHeader): string | undefined => {
    const value = headers[name];
    if (value === undefined || value === null) return undefined;
    return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  };
  const missing = REQUIRED_HEADERS.filter((name) => !read(name));
  if (missing.length > 0) {
    throw new PlatformError(
      MessagingErrorCode.MissingHeader,
      `Message lacks the header(s) ${missing.join(', ')}; Loopline events must be published ` +
        'through the outbox or carry every envelope header listed in EventHeader.',
      { kind: ErrorKind.InvalidInput, details: { missing } },
    );
  }
  const require = (name: EventHeader): string => read(name) as string;
  const occurredAt = Date.parse(require(EventHeader.OccurredAt));
  if (Number.isNaN(occurredAt)) {
    throw new PlatformError(
      MessagingErrorCode.MissingHeader,
      `Header '${EventHeader.OccurredAt}' is not an ISO-8601 timestamp.`,
      { kind: ErrorKind.InvalidInput, details: { header: EventHeader.OccurredAt } },
    );
  }
  return {
    eventId: require(EventHeader.EventId),
    eventType: require(EventHeader.EventType) as EventName,
    schemaFingerprint: require(EventHeader.SchemaFingerprint),
    occurredAt,
    correlationId: require(EventHeader.CorrelationId),
    causationId: read(EventHeader.CausationId),
    producer: require(EventHeader.Producer),
    traceparent: read(EventHeader.Traceparent),
  };
}
