import type { PlatformError } from '@loopline/errors';
import type { IHeaders } from 'kafkajs';
import { DeadLetterHeader, ReplayHeader } from '../enums/dead-letter-header.enum';
import type { LogCoordinates } from '../events/consumed-event';
import type { RecoveringProducer } from '../outbox/recovering-producer';

/** The original message exactly as it was read, so a dead letter can be replayed byte for byte. */
export interface OriginalMessage {
  key: Buffer | string | null;
  value: Buffer | null;
  headers?: IHeaders;
  /** Broker timestamp, epoch ms as a string. */
  timestamp: string;
}

/** Error messages go into a header; keep them readable without letting one bloat the record. */
const MAX_ERROR_MESSAGE_LENGTH = 2_000;

/** Headers a previous dead-lettering or replay added; a new failure writes its own. */
const PREVIOUS_FAILURE_HEADERS = new Set<string>([
  ...Object.values(DeadLetterHeader),
  ...Object.values(ReplayHeader),
]);

/**
 * Moves a message that cannot be handled to the consumer group's dead-letter topic, with where it
 * came from and why it failed. If this send fails the caller must not commit the offset.
 */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: RecoveringProducer,
    readonly topic: string,
    private readonly consumerGroup: string,
  ) {}

  async publish(
    original: OriginalMessage,
    source: LogCoordinates,
    error: PlatformError,
    attempts: number,
  ): Promise<void> {
    const kept = Object.entries(original.headers ?? {}).filter(
      ([name]) => !PREVIOUS_FAILURE_HEADERS.has(name),
    );
    // A failed replay keeps the coordinates of where the event was first published.
    const first = (name: DeadLetterHeader) => original.headers?.[name];
    const headers: IHeaders = {
      ...Object.fromEntries(kept),
      [DeadLetterHeader.OriginalTopic]: first(DeadLetterHeader.OriginalTopic) ?? source.topic,
      [DeadLetterHeader.OriginalPartition]:
        first(DeadLetterHeader.OriginalPartition) ?? String(source.partition),
      [DeadLetterHeader.OriginalOffset]: first(DeadLetterHeader.OriginalOffset) ?? source.offset,
      [DeadLetterHeader.OriginalTimestamp]:
        first(DeadLetterHeader.OriginalTimestamp) ?? original.timestamp,
      [DeadLetterHeader.ConsumerGroup]: this.consumerGroup,
      [DeadLetterHeader.ErrorCode]: error.code,
      [DeadLetterHeader.ErrorKind]: error.kind,
      [DeadLetterHeader.Retriable]: String(error.retriable),
      [DeadLetterHeader.ErrorMessage]: error.message.slice(0, MAX_ERROR_MESSAGE_LENGTH),
      [DeadLetterHeader.Attempts]: String(attempts),
      [DeadLetterHeader.FailedAt]: new Date().toISOString(),
    };
    await this.producer.use((producer) =>
      producer.send({
        topic: this.topic,
        messages: [{ key: original.key, value: original.value, headers }],
      }),
    );
  }
}
