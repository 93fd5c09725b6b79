import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { EventName, EventPayloads } from '../generated';

/**
 * Turns event payloads into message bytes and back. The transport depends on this interface only,
 * so another wire format (e.g. Confluent Schema Registry framing) can be plugged in.
 */
export interface EventCodec {
  /** Validates and encodes a payload with the event's current schema. */
  encode<N extends EventName>(name: N, payload: EventPayloads[N]): Buffer;
  /** Decodes bytes written with any known writer schema into the event's current reader type. */
  decode<N extends EventName>(name: N, bytes: Buffer): EventPayloads[N];
  /** Hex of the writer schema fingerprint the bytes carry, without decoding the body. */
  fingerprintOf(bytes: Buffer): string;
  /** The writer schema known under a fingerprint, as Avro JSON, to share it with consumers. */
  writerSchema(fingerprintHex: string): AvroSchemaDocument | undefined;
  /**
   * Teaches the codec a writer schema it was not built with (a newer producer's, found in the
   * schema topic); returns its fingerprint. Decoding then resolves it into the reader schema.
   */
  learnWriterSchema(schema: AvroSchemaDocument): string;
}
