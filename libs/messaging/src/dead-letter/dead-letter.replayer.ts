import type { Producer } from 'kafkajs';
import { DeadLetterHeader, ReplayHeader } from '../enums/dead-letter-header.enum';
import { type DeadLetter, deadLetterId } from './dead-letter';

/** Who replays, and where the failing group reads replays and keeps its dead letters. */
export interface ReplayTarget {
  /** The consumer group's replay topic (TopicNamer.replayTopicFor). */
  replayTopic: string;
  /** The dead-letter topic the letter was read from, which receives the replay marker. */
  deadLetterTopic: string;
  /** Operator or tool, recorded on the marker. */
  replayedBy: string;
}

/**
 * Sends a dead letter back to the consumer group that failed it, and only to it: through the
 * group's replay topic, byte for byte with its original event headers and where it was first
 * published. Then records the replay with a marker on the dead-letter topic, so listing shows it
 * and `replay --all` does not send it twice. Replaying is safe even if the event was handled
 * meanwhile: consumers are idempotent on the event id.
 */
export async function replayDeadLetter(
  producer: Producer,
  letter: DeadLetter,
  target: ReplayTarget,
): Promise<void> {
  const id = deadLetterId(letter.at);
  await producer.send({
    topic: target.replayTopic,
    messages: [
      {
        key: letter.key,
        value: letter.value,
        headers: {
          ...letter.originalHeaders,
          [DeadLetterHeader.OriginalTopic]: letter.original.topic,
          [DeadLetterHeader.OriginalPartition]: String(letter.original.partition),
          [DeadLetterHeader.OriginalOffset]: letter.original.offset,
          [DeadLetterHeader.OriginalTimestamp]: letter.originalTimestamp,
          [ReplayHeader.ReplayOf]: id,
        },
      },
    ],
  });
  await producer.send({
    topic: target.deadLetterTopic,
    messages: [
      {
        key: letter.key,
        value: null,
        headers: {
          [ReplayHeader.Marker]: 'true',
          [ReplayHeader.ReplayOf]: id,
          [ReplayHeader.ReplayedAt]: new Date().toISOString(),
          [ReplayHeader.ReplayedBy]: target.replayedBy,
        },
      },
    ],
  });
}
