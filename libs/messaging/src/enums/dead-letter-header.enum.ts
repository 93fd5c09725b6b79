/**
 * Headers added to a message when it is moved to a dead-letter topic. The original event headers
 * are kept as they were, so the message can be inspected and replayed.
 */
export enum DeadLetterHeader {
  OriginalTopic = 'loopline-dlq-original-topic',
  OriginalPartition = 'loopline-dlq-original-partition',
  OriginalOffset = 'loopline-dlq-original-offset',
  /** Broker timestamp of the original message (epoch ms), when it was first published. */
  OriginalTimestamp = 'loopline-dlq-original-timestamp',
  ConsumerGroup = 'loopline-dlq-consumer-group',
  ErrorCode = 'loopline-dlq-error-code',
  /** The error's kind (INVALID_INPUT, INTERNAL, ...): why it could not be handled. */
  ErrorKind = 'loopline-dlq-error-kind',
  /** Whether the error was retriable: a retriable one exhausted its budget and may pass later. */
  Retriable = 'loopline-dlq-retriable',
  ErrorMessage = 'loopline-dlq-error-message',
  Attempts = 'loopline-dlq-attempts',
  FailedAt = 'loopline-dlq-failed-at',
}

/**
 * Headers of the operator's replay: on a replayed message (naming the dead letter it came from)
 * and on the marker the replay leaves on the dead-letter topic so a dead letter is replayed once.
 */
export enum ReplayHeader {
  /** On a replayed message and on a marker: `<partition>:<offset>` of the dead letter. */
  ReplayOf = 'loopline-replay-of',
  /** On a marker: the dead letter it names was replayed; such a message is no dead letter. */
  Marker = 'loopline-replay-marker',
  ReplayedAt = 'loopline-replayed-at',
  ReplayedBy = 'loopline-replayed-by',
}
