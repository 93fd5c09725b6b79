import { type Consumer, type IHeaders, Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

export interface RecordedMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * Reads a topic from the beginning in its own consumer group and keeps every message, so a test
 * can assert what really reached the broker (dead letters, duplicates, headers).
 */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly brokers: string[],
    readonly topic: string,
  ) {}

  async start(): Promise<this> {
    const kafka = new Kafka({
      clientId: uniqueName('recorder'),
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    await topicServed(kafka, this.topic);
    this.consumer = kafka.consumer({ groupId: uniqueName('recorder') });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        this.messages.push(toRecorded(partition, message));
      },
    });
    return this;
  }

  async waitForCount(count: number, timeoutMs = 20_000): Promise<RecordedMessage[]> {
    return waitFor(() => this.messages.length >= count && this.messages, {
      timeoutMs,
      description: `${count} message(s) on ${this.topic} (have ${this.messages.length})`,
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/**
 * Waits until the broker serves the topic's partitions: a topic created moments ago (by a service
 * that just started, on a broker that just started) can still answer UNKNOWN_TOPIC_OR_PARTITION.
 */
async function topicServed(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        const metadata = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => null);
        const partitions = metadata?.topics[0]?.partitions ?? [];
        return partitions.length > 0 && partitions.every((partition) => partition.leader >= 0);
      },
      { timeoutMs: 30_000, description: `the broker to serve ${topic}` },
    );
  } finally {
    await admin.disconnect();
  }
}

function toRecorded(partition: number, message: KafkaMessage): RecordedMessage {
  return {
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value,
    headers: headersToStrings(message.headers),
  };
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [
      name,
      value === undefined ? '' : String(value),
    ]),
  );
}
