/**
 * Headers added to a message when it is moved to a dead-letter topic. The original event headers
 * are kept as they were, so the message can be inspected and replayed to its original topic.
 */
export enum DeadLetterHeader {
  OriginalTopic = 'loopline-dlq-original-topic',
  OriginalPartition = 'loopline-dlq-original-partition',
  OriginalOffset = 'loopline-dlq-original-offset',
  ConsumerGroup = 'loopline-dlq-consumer-group',
  ErrorCode = 'loopline-dlq-error-code',
  ErrorMessage = 'loopline-dlq-error-message',
  Attempts = 'loopline-dlq-attempts',
  FailedAt = 'loopline-dlq-failed-at',
}
