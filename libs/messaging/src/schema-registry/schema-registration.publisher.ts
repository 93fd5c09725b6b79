import { type AvroSchemaDocument, type EventCodec } from '@loopline/contracts';
import type { Producer } from 'kafkajs';

/** Header naming the record a registered schema describes, for people browsing the topic. */
const SCHEMA_NAME_HEADER = 'loopline-schema-name';

/**
 * Registers writer schemas on the compacted schema topic, keyed by fingerprint, before the first
 * message written with them is published; a consumer built without a schema looks it up there.
 * Each fingerprint is sent once per process (the topic's compaction keeps one copy per key).
 */
export class SchemaRegistrationPublisher {
  private readonly registered = new Set<string>();

  constructor(
    private readonly codec: EventCodec,
    readonly topic: string,
  ) {}

  /** Sends the schemas of these fingerprints that this process has not registered yet. */
  async ensureRegistered(producer: Producer, fingerprints: Iterable<string>): Promise<void> {
    const missing = [...new Set(fingerprints)].filter((hex) => !this.registered.has(hex));
    const messages = missing.flatMap((hex) => {
      const schema = this.codec.writerSchema(hex);
      // A row written with a schema this process no longer knows: whoever wrote it registered it.
      return schema ? [schemaMessage(hex, schema)] : [];
    });
    if (messages.length > 0) await producer.send({ topic: this.topic, messages });
    for (const hex of missing) this.registered.add(hex);
  }
}

function schemaMessage(fingerprintHex: string, schema: AvroSchemaDocument) {
  return {
    key: fingerprintHex,
    value: JSON.stringify(schema),
    headers: { [SCHEMA_NAME_HEADER]: String(schema.name ?? '') },
  };
}
