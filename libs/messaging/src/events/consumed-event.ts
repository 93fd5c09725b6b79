import type { EventName, EventPayloads } from '@loopline/contracts';

/** Where a consumed message sat in the log; dead-letter headers and logs carry it. */
export interface LogCoordinates {
  topic: string;
  partition: number;
  offset: string;
}

/** Envelope facts carried in headers on every Loopline event. */
export interface EventMetadata {
  eventId: string;
  eventType: EventName;
  /** Epoch milliseconds at which the producing service committed the change. */
  occurredAt: number;
  /** One id per lifecycle run, carried unchanged through every event it causes. */
  correlationId: string;
  /** Id of the event that caused this one; absent for events started by a person or a schedule. */
  causationId?: string;
  producer: string;
  /** W3C trace context, so traces follow an event across services. */
  traceparent?: string;
  schemaFingerprint: string;
}

/**
 * An event as published: its typed payload and envelope. What an event needs to cause another,
 * whether it was consumed or just written to this service's outbox.
 */
export interface PublishedEvent<N extends EventName = EventName> {
  name: N;
  key: string;
  payload: EventPayloads[N];
  metadata: EventMetadata;
}

/** What a handler receives: the typed payload decoded with this service's reader schema. */
export interface ConsumedEvent<N extends EventName = EventName> extends PublishedEvent<N> {
  source: LogCoordinates;
}
