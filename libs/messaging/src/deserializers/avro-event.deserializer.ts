import type { EventCodec } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { ConsumerDeserializer, IncomingEvent } from '@nestjs/microservices';
import type { ConsumedEvent } from '../events/consumed-event';
import { headersToMetadata } from '../events/event-headers';
import type { TopicNamer } from '../topics/topic-namer';
import { MessagingErrorCode } from '../errors/messaging-error-code';

/** A Kafka message as the Nest Kafka parser hands it over (value kept binary). */
export interface RawKafkaMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, unknown>;
}

/**
 * The Nest microservices deserializer for Loopline events. The pattern is the event name (so
 * handlers subscribe by name, whatever the topic prefix); the data is a typed ConsumedEvent
 * decoded with this service's reader schema. Anything undecodable throws a non-retriable
 * PlatformError, which the server sends to the dead-letter topic.
 */
export class AvroEventDeserializer implements ConsumerDeserializer {
  constructor(
    private readonly codec: EventCodec,
    private readonly topics: TopicNamer,
  ) {}

  deserialize(message: RawKafkaMessage): IncomingEvent {
    const name = this.topics.eventForTopic(message.topic);
    const metadata = headersToMetadata(message.headers);
    if (metadata.eventType !== name) {
      throw new PlatformError(
        MessagingErrorCode.EventTypeMismatch,
        `Event type header says '${metadata.eventType}' but topic '${message.topic}' carries ` +
          `'${name}'; publish each event type to its own topic.`,
        {
          kind: ErrorKind.InvalidInput,
          details: { topic: message.topic, eventType: metadata.eventType },
        },
      );
    }
    const payload = this.codec.decode(name, message.value ?? Buffer.alloc(0));
    const event: ConsumedEvent = {
      name,
      key: message.key ?? '',
      payload,
      metadata,
      source: { topic: message.topic, partition: message.partition, offset: message.offset },
    };
    return { pattern: name, data: event };
  }
}
