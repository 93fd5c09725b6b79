export {
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  InboxEntryRow,
  OutboxMessageRow,
} from './database';
export { DeadLetterHeader } from './enums/dead-letter-header.enum';
export { MessagingErrorCode } from './errors/messaging-error-code';
export type { ConsumedEvent, EventMetadata, LogCoordinates } from './events/consumed-event';
export { headersToMetadata, metadataToHeaders, type HeaderMap } from './events/event-headers';
export { createEventMetadata, childTraceparent } from './events/event-metadata.factory';
export type { EncodedMessage, OutgoingEvent } from './events/outgoing-event';
export type { PublishContext } from './events/publish-context';
export { Inbox, type InboxOutcome } from './inbox/inbox';
export { MessagingModule } from './messaging.module';
export { EVENT_CODEC, MESSAGING_OPTIONS, resolveMessagingOptions } from './messaging.constants';
export type {
  MessagingOptions,
  OutboxOptions,
  ResolvedMessagingOptions,
  TopicOptions,
} from './messaging-options.interface';
export { OutboxRelay } from './outbox/outbox.relay';
export { OutboxWriter } from './outbox/outbox.writer';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry/retry-policy';
export { AvroEventDeserializer } from './deserializers/avro-event.deserializer';
export { AvroEventSerializer } from './serializers/avro-event.serializer';
export { ConsumeEvent } from './server/consume-event.decorator';
export { connectEventConsumer } from './server/connect-event-consumer';
export { LooplineKafkaServer } from './server/loopline-kafka.server';
export { TopicNamer } from './topics/topic-namer';
export { TopicProvisioner } from './topics/topic.provisioner';
export { MessagingShutdown, type StoppableConsumer } from './messaging-shutdown';
export { type DeadLetter, toDeadLetter } from './dead-letter/dead-letter';
export { readDeadLetters } from './dead-letter/dead-letter.reader';
export { replayDeadLetter } from './dead-letter/dead-letter.replayer';
