import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import type { LogCoordinates } from '../events/consumed-event';

/** One message read by `readTopicToEnd`, with where it sits in the log. */
export interface ReadMessage {
  at: LogCoordinates;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  /** Broker timestamp (epoch ms as a string), as Kafka gives it. */
  timestamp: string;
}

/**
 * Reads a topic from its start up to the end it has when the call begins, with a throwaway
 * consumer group (deleted afterwards), so looking never moves anyone's offsets. Messages come
 * back in partition, then offset order. Operators' tools and lookups of small topics (dead
 * letters, schemas, audit checkpoints) use it; it is not a way to consume a busy topic.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string): Promise<ReadMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const lastOffsets = new Map(
      (await admin.fetchTopicOffsets(topic))
        .filter(({ low, high }) => BigInt(high) > BigInt(low))
        .map(({ partition, high }) => [partition, BigInt(high) - 1n]),
    );
    if (lastOffsets.size === 0) return [];
    const groupId = `loopline-reader-${randomUUID()}`;
    const messages = await consumeUntil(kafka, groupId, topic, lastOffsets);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    return messages.sort(
      (a, b) =>
        a.at.partition - b.at.partition || Number(BigInt(a.at.offset) - BigInt(b.at.offset)),
    );
  } finally {
    await admin.disconnect();
  }
}

async function consumeUntil(
  kafka: Kafka,
  groupId: string,
  topic: string,
  lastOffsets: Map<number, bigint>,
): Promise<ReadMessage[]> {
  const consumer = kafka.consumer({ groupId });
  const messages: ReadMessage[] = [];
  const remaining = new Set(lastOffsets.keys());
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, (event) => reject(event.payload.error));
      void consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const last = lastOffsets.get(partition);
          if (last === undefined || BigInt(message.offset) > last) return;
          messages.push(toReadMessage(topic, partition, message));
          if (BigInt(message.offset) === last) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

function toReadMessage(topic: string, partition: number, message: KafkaMessage): ReadMessage {
  return {
    at: { topic, partition, offset: message.offset },
    key: message.key,
    value: message.value,
    timestamp: message.timestamp,
    headers: Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value ?? '')]),
    ),
  };
}
