import { type AuditCheckpointRecorded, type EventCodec, EventHeader } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { readTopicToEnd, TopicNamer } from '@loopline/messaging';
import { Kafka, logLevel } from 'kafkajs';

const CHECKPOINT_EVENT = 'AuditCheckpointRecorded';

/**
 * Reads the checkpoints of one audit chain from Kafka: the record outside the database that
 * verification holds the stored chain against. The topic may carry other chains' checkpoints
 * (registries sharing a cluster) and, in a shared topic layout, other event types: both are
 * skipped. A checkpoint that does not decode fails the read, since skipping it could hide a break.
 */
export class AuditCheckpointReader {
  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    /** From `TopicNamer.topicFor('AuditCheckpointRecorded')`. */
    readonly topic: string,
    readonly chainId: string,
  ) {}

  /** A reader of `chainId`'s checkpoints on the audit-checkpoint topic behind `topicPrefix`. */
  static create(options: {
    brokers: string[];
    topicPrefix: string;
    clientId: string;
    codec: EventCodec;
    chainId: string;
  }): AuditCheckpointReader {
    return new AuditCheckpointReader(
      new Kafka({
        clientId: options.clientId,
        brokers: options.brokers,
        logLevel: logLevel.NOTHING,
      }),
      options.codec,
      new TopicNamer(options.topicPrefix).topicFor(CHECKPOINT_EVENT),
      options.chainId,
    );
  }

  async read(): Promise<AuditCheckpointRecorded[]> {
    await this.assertTopicExists();
    const messages = await readTopicToEnd(this.kafka, this.topic).catch((error: unknown) => {
      throw this.unreadable(`reading it failed: ${messageOf(error)}`, error);
    });
    return messages
      .filter((message) => message.headers[EventHeader.EventType] === CHECKPOINT_EVENT)
      .map((message) => {
        try {
          return this.codec.decode(CHECKPOINT_EVENT, message.value ?? Buffer.alloc(0));
        } catch (error) {
          const { partition, offset } = message.at;
          throw new PlatformError(
            'REGISTRY.CHECKPOINT_UNDECODABLE',
            `The audit checkpoint at ${this.topic}[${partition}]@${offset} does not decode ` +
              `(${messageOf(error)}); the chain cannot be checked against it.`,
            {
              kind: ErrorKind.Internal,
              retriable: false,
              cause: error,
              details: { ...message.at },
            },
          );
        }
      })
      .filter((checkpoint) => checkpoint.chainId === this.chainId);
  }

  /** Asked first, because a topic that is not there otherwise costs the client's retries (~10 s). */
  private async assertTopicExists(): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      if (!(await admin.listTopics()).includes(this.topic)) {
        throw this.unreadable(
          "the topic does not exist (the registry creates it at start-up: is KAFKA_TOPIC_PREFIX the registry's?)",
        );
      }
    } catch (error) {
      throw error instanceof PlatformError ? error : this.unreadable(messageOf(error), error);
    } finally {
      await admin.disconnect();
    }
  }

  private unreadable(why: string, cause?: unknown): PlatformError {
    return new PlatformError(
      'REGISTRY.CHECKPOINTS_UNREADABLE',
      `Cannot read audit checkpoints from topic '${this.topic}': ${why}. Without them the chain ` +
        'cannot be checked; check the broker (KAFKA_BROKERS) and KAFKA_TOPIC_PREFIX.',
      { kind: ErrorKind.Unavailable, cause, details: { topic: this.topic } },
    );
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
