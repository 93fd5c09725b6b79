/** Stable codes for failures raised by the messaging layer itself. */
export const MessagingErrorCode = {
  UnknownTopic: 'MESSAGING.UNKNOWN_TOPIC',
  MissingHeader: 'MESSAGING.MISSING_HEADER',
  EventTypeMismatch: 'MESSAGING.EVENT_TYPE_MISMATCH',
  NoHandler: 'MESSAGING.NO_HANDLER',
  InvalidOptions: 'MESSAGING.INVALID_OPTIONS',
  ConsumerNotJoined: 'MESSAGING.CONSUMER_NOT_JOINED',
  TopicProvisioningFailed: 'MESSAGING.TOPIC_PROVISIONING_FAILED',
  RetryInterrupted: 'MESSAGING.RETRY_INTERRUPTED',
  UnknownWriterSchema: 'MESSAGING.UNKNOWN_WRITER_SCHEMA',
  ReplayForeignGroup: 'MESSAGING.REPLAY_FOREIGN_GROUP',
} as const;
