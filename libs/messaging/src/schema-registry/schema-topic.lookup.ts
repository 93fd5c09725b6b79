import {
  type AvroSchemaDocument,
  type EventCodec,
  schemaFingerprint,
  toAvroType,
} from '@loopline/contracts';
import { Logger } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { sleep } from '../server/sleep';
import { readTopicToEnd } from '../topics/read-topic-to-end';

/** Pause between two reads of the schema topic while a lookup waits for a registration. */
const REREAD_INTERVAL_MS = 500;

/**
 * The consumer side of the schema topic: when a message names a writer schema this build does
 * not know, reads the topic for it, checks that the schema really has that fingerprint, and
 * teaches it to the codec. A producer registers before it publishes, so the schema is normally
 * there at once; the bounded wait covers a registration still in flight.
 */
export class SchemaTopicLookup {
  private readonly logger = new Logger(SchemaTopicLookup.name);
  /** One read at a time per fingerprint: a burst of new messages triggers one lookup. */
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly codec: EventCodec,
    private readonly maxWaitMs: number,
  ) {}

  /** True when the codec now knows the schema; false when it was not found within the wait. */
  learn(fingerprintHex: string, signal?: AbortSignal): Promise<boolean> {
    const running = this.pending.get(fingerprintHex);
    if (running) return running;
    const lookup = this.lookUp(fingerprintHex, signal).finally(() =>
      this.pending.delete(fingerprintHex),
    );
    this.pending.set(fingerprintHex, lookup);
    return lookup;
  }

  private async lookUp(fingerprintHex: string, signal?: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const schema = await this.find(fingerprintHex);
      if (schema) {
        this.codec.learnWriterSchema(schema);
        this.logger.log(`learned writer schema ${fingerprintHex} (${String(schema.name)})`);
        return true;
      }
      if (Date.now() >= deadline || signal?.aborted) return false;
      await sleep(REREAD_INTERVAL_MS, signal);
    }
  }

  private async find(fingerprintHex: string): Promise<AvroSchemaDocument | undefined> {
    const messages = await readTopicToEnd(this.kafka, this.topic);
    for (const message of messages.reverse()) {
      if (message.key?.toString('utf8') !== fingerprintHex || !message.value) continue;
      const schema = parseRegisteredSchema(message.value);
      // Never trust a key: a schema only counts under its own fingerprint.
      if (schema && schemaFingerprint(toAvroType(schema)).toString('hex') === fingerprintHex)
        return schema;
      this.logger.warn(`schema topic entry ${fingerprintHex} does not hash to its key; ignored`);
    }
    return undefined;
  }
}

function parseRegisteredSchema(value: Buffer): AvroSchemaDocument | undefined {
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    return parsed !== null && typeof parsed === 'object'
      ? (parsed as AvroSchemaDocument)
      : undefined;
  } catch {
    return undefined;
  }
}
