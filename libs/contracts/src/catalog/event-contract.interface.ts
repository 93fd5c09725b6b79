import type { Type } from 'avsc';
import type { EventName, EventPayloads } from '../generated';

/** Everything a producer or consumer needs to know about one event type. */
export interface EventContract<N extends EventName = EventName> {
  /** Event name, equal to the Avro record name and to the `loopline-event-type` header. */
  readonly name: N;
  /** Kafka topic from schemas/topics.json, e.g. `loopline.training-runs`; may carry other events too. */
  readonly topic: string;
  /** Payload field holding the aggregate id (the message key), from the schema's `loopline.key`. */
  readonly keyField: string;
  /**
   * Whether the event's topic is compacted: its messages are state snapshots, the latest per key
   * kept for good and re-published as the state changes, not lifecycle events to record.
   */
  readonly compacted: boolean;
  /** Reader type: the current schema this process encodes with and decodes into. */
  readonly type: Type;
  /** 8-byte CRC-64-AVRO of the schema's Parsing Canonical Form, little-endian (wire order). */
  readonly fingerprint: Buffer;
  /** Hex of `fingerprint`, the value of the `loopline-schema-fingerprint` header. */
  readonly fingerprintHex: string;
  /** The Kafka message key of a payload: the value of its key field. */
  keyOf(payload: EventPayloads[N]): string;
}
