import type { EventName, EventPayloads } from '../generated';
import type { AvroSchemaDocument } from './avro-schema-document';

/** What the generator knows about one event: plain data, turned into an EventContract at load. */
export interface EventCatalogEntry<N extends EventName = EventName> {
  /** Event name, equal to the Avro record name. */
  readonly name: N;
  /** Kafka topic the event is published on, from schemas/topics.json. */
  readonly topic: string;
  /** Payload field holding the aggregate id, used as the Kafka message key. */
  readonly keyField: keyof EventPayloads[N] & string;
  /** Whether the topic is compacted: it keeps the latest message per key (state, not history). */
  readonly compacted: boolean;
  /** The current schema, as in `schemas/<name>.avsc`. */
  readonly schema: AvroSchemaDocument;
}
