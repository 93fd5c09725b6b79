import {
  ContractErrorCode,
  contractFor,
  type EventCodec,
  type EventName,
} from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { ConsumerDeserializer, IncomingEvent } from '@nestjs/microservices';
import { DeadLetterHeader } from '../enums/dead-letter-header.enum';
import type { ConsumedEvent, EventMetadata } from '../events/consumed-event';
import { headersToMetadata } from '../events/event-headers';
import type { TopicNamer } from '../topics/topic-namer';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import type { SchemaTopicLookup } from '../schema-registry/schema-topic.lookup';

/** A Kafka message as the consumer hands it over (value kept binary). */
export interface RawKafkaMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, unknown>;
}

/** What the headers say before the body is decoded: enough to decide whether to decode at all. */
export interface EventEnvelope {
  name: EventName;
  metadata: EventMetadata;
}

/**
 * The Nest microservices deserializer for Loopline events. The event type comes from the
 * `loopline-event-type` header (several types can share a topic) and must be one this build
 * publishes on that topic; the data is a typed ConsumedEvent decoded with this service's reader
 * schema. A writer schema this build does not know is looked up in the schema topic. Anything
 * undecodable throws a non-retriable PlatformError, which the server sends to the dead-letter
 * topic.
 */
export class AvroEventDeserializer implements ConsumerDeserializer {
  constructor(
    private readonly codec: EventCodec,
    private readonly topics: TopicNamer,
    private readonly schemas?: SchemaTopicLookup,
    /** This group's replay topic, whose messages were first published on another topic. */
    private readonly replayTopic?: string,
  ) {}

  /** Reads and checks the envelope headers only. */
  readEnvelope(message: RawKafkaMessage): EventEnvelope {
    const metadata = headersToMetadata(message.headers);
    const name = metadata.eventType;
    contractFor(name); // throws CONTRACTS.UNKNOWN_EVENT_TYPE for a type this build lacks
    const topic = this.publishedOn(message);
    if (!this.topics.carries(topic, name)) {
      throw new PlatformError(
        MessagingErrorCode.EventTypeMismatch,
        `Event type header says '${name}' but this build publishes it on ` +
          `'${this.topics.topicFor(name)}', not '${topic}'; publish each event on its topic ` +
          '(schemas/topics.json), or upgrade this consumer if the layout changed.',
        { kind: ErrorKind.InvalidInput, details: { topic, eventType: name } },
      );
    }
    return { name, metadata };
  }

  async deserialize(message: RawKafkaMessage, signal?: AbortSignal): Promise<IncomingEvent> {
    const { name, metadata } = this.readEnvelope(message);
    const bytes = message.value ?? Buffer.alloc(0);
    const payload = await this.decode(name, bytes, signal);
    const event: ConsumedEvent = {
      name,
      key: message.key ?? '',
      payload,
      metadata,
      source: { topic: message.topic, partition: message.partition, offset: message.offset },
    };
    return { pattern: name, data: event };
  }

  private async decode(name: EventName, bytes: Buffer, signal?: AbortSignal) {
    try {
      return this.codec.decode(name, bytes);
    } catch (error) {
      const unknownWriter =
        error instanceof PlatformError && error.code === ContractErrorCode.UnknownFingerprint;
      if (!unknownWriter || !this.schemas) throw error;
      const fingerprint = this.codec.fingerprintOf(bytes);
      if (!(await this.schemas.learn(fingerprint, signal))) {
        throw new PlatformError(
          MessagingErrorCode.UnknownWriterSchema,
          `${name} was written with schema ${fingerprint}, which is neither in this build nor ` +
            'registered on the schema topic. The producer must publish through Loopline (which ' +
            'registers its schemas) or release the schema under schemas/released/; replay the ' +
            'dead letter once it is registered.',
          { kind: ErrorKind.InvalidInput, cause: error, details: { eventType: name, fingerprint } },
        );
      }
      return this.codec.decode(name, bytes);
    }
  }

  /** A replayed dead letter sits on the group's replay topic; it was published on the original. */
  private publishedOn(message: RawKafkaMessage): string {
    const original = message.headers[DeadLetterHeader.OriginalTopic];
    return original !== undefined && message.topic === this.replayTopic
      ? String(original)
      : message.topic;
  }
}
