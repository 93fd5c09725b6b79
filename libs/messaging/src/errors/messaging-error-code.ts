/** Stable codes for failures raised by the messaging layer itself. */
export const MessagingErrorCode = {
  MissingHeader: 'MESSAGING.MISSING_HEADER',
  EventTypeMismatch: 'MESSAGING.EVENT_TYPE_MISMATCH',
  InvalidOptions: 'MESSAGING.INVALID_OPTIONS',
  ConsumerNotJoined: 'MESSAGING.CONSUMER_NOT_JOINED',
  TopicProvisioningFailed: 'MESSAGING.TOPIC_PROVISIONING_FAILED',
  RetryInterrupted: 'MESSAGING.RETRY_INTERRUPTED',
  UnknownWriterSchema: 'MESSAGING.UNKNOWN_WRITER_SCHEMA',
} as const;
