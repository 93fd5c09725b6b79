import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { type DeadLetter, toDeadLetter } from './dead-letter';

/**
 * Reads a dead-letter topic from its start up to its current end, with a throwaway consumer
 * group (deleted afterwards), so looking never moves anyone's offsets.
 */
export async function readDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = new Map(
      (await admin.fetchTopicOffsets(topic))
        .filter(({ low, high }) => BigInt(high) > BigInt(low))
        .map(({ partition, high }) => [partition, BigInt(high) - 1n]),
    );
    if (ends.size === 0) return [];
    const groupId = `loopline-dlq-reader-${randomUUID()}`;
    const letters = await consumeUntil(kafka, groupId, topic, ends);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    return letters.sort(
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
): Promise<DeadLetter[]> {
  const consumer = kafka.consumer({ groupId });
  const letters: DeadLetter[] = [];
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
          letters.push(
            toDeadLetter(
              { topic, partition, offset: message.offset },
              {
                key: message.key,
                value: message.value,
                headers: Object.fromEntries(
                  Object.entries(message.headers ?? {}).map(([name, value]) => [
                    name,
                    String(value ?? ''),
                  ]),
                ),
              },
            ),
          );
          if (BigInt(message.offset) === last) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return letters;
}
