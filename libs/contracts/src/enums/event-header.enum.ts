/**
 * Names of the Kafka headers every Loopline event carries. The payload is the domain fact; these
 * are the envelope (identity, tracing, lineage of causes), so every producer and consumer, and
 * third-party readers of the topics, find them under the same names.
 */
export enum EventHeader {
  /** UUID of this event; consumers deduplicate on it (inbox). */
  EventId = 'loopline-event-id',
  /** Event name, e.g. DatasetVersionCreated; lets a consumer pick the reader type before decoding. */
  EventType = 'loopline-event-type',
  /** Hex of the 8-byte writer schema fingerprint, the same bytes as in the single-object header. */
  SchemaFingerprint = 'loopline-schema-fingerprint',
  /** When the fact happened, epoch milliseconds as a decimal string. */
  OccurredAt = 'loopline-occurred-at',
  /** One id per lifecycle run (e.g. from a batch submission to the rollout it led to). */
  CorrelationId = 'loopline-correlation-id',
  /** Event id of the event that caused this one. */
  CausationId = 'loopline-causation-id',
  /** Name of the producing service, e.g. ingestion-service. */
  Producer = 'loopline-producer',
  /** W3C trace context, so traces span producer and consumers. */
  Traceparent = 'traceparent',
}
