import type { Kafka } from 'kafkajs';
import { ReplayHeader } from '../enums/dead-letter-header.enum';
import { readTopicToEnd } from '../topics/read-topic-to-end';
import { type DeadLetter, deadLetterId, isReplayMarker, toDeadLetter } from './dead-letter';

/**
 * Every dead letter on a dead-letter topic, oldest first per partition, each with the record of
 * its replay if an operator replayed it (the replay leaves a marker on the same topic). Moves no
 * offsets.
 */
export async function readDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const messages = await readTopicToEnd(kafka, topic);
  const replays = new Map(
    messages
      .filter((message) => isReplayMarker(message.headers))
      .map((marker) => [
        marker.headers[ReplayHeader.ReplayOf],
        {
          at: marker.headers[ReplayHeader.ReplayedAt] ?? '',
          by: marker.headers[ReplayHeader.ReplayedBy] ?? '',
        },
      ]),
  );
  return messages
    .filter((message) => !isReplayMarker(message.headers))
    .map((message) => {
      const letter = toDeadLetter(message.at, message);
      const replayed = replays.get(deadLetterId(letter.at));
      return replayed ? { ...letter, replayed } : letter;
    });
}
