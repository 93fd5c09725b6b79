import type { Producer } from 'kafkajs';
import type { DeadLetter } from './dead-letter';

/**
 * Sends a dead letter back to the topic it came from, byte for byte with its original event
 * headers, once its cause is fixed. Replaying is safe even if the event was handled meanwhile:
 * consumers are idempotent on the event id.
 */
export async function replayDeadLetter(producer: Producer, letter: DeadLetter): Promise<void> {
  await producer.send({
    topic: letter.original.topic,
    messages: [{ key: letter.key, value: letter.value, headers: letter.originalHeaders }],
  });
}
