export {
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  IdempotencyKeyRow,
  InboxEntryRow,
  OutboxMessageRow,
} from './database';
export { DeadLetterHeader, ReplayHeader } from './enums/dead-letter-header.enum';
export { MessagingErrorCode } from './errors/messaging-error-code';
export type {
  ConsumedEvent,
  EventMetadata,
  LogCoordinates,
  PublishedEvent,
} from './events/consumed-event';
export { headersToMetadata, metadataToHeaders, type HeaderMap } from './events/event-headers';
export { createEventMetadata, childTraceparent } from './events/event-metadata.factory';
export type { EncodedMessage, OutgoingEvent } from './events/outgoing-event';
export type { PublishContext } from './events/publish-context';
export { Inbox, type InboxOutcome } from './inbox/inbox';
export { MessagingModule } from './messaging.module';
export { EVENT_CODEC, MESSAGING_OPTIONS, resolveMessagingOptions } from './messaging.constants';
export type {
  HousekeepingOptions,
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
export { SCHEMA_TOPIC, TopicNamer } from './topics/topic-namer';
export { decideOnFailure, type FailureDecision } from './retry/failure-policy';
export { SchemaRegistrationPublisher } from './schema-registry/schema-registration.publisher';
export { SchemaTopicLookup } from './schema-registry/schema-topic.lookup';
export { TopicProvisioner } from './topics/topic.provisioner';
export type { ConfigChange, TopicAction, TopicDrift, TopicPlan } from './topics/topic-plan';
export {
  TOPIC_OVERRIDE_SETTINGS,
  type TopicOverride,
  type TopicOverrideSetting,
} from './topics/topic-override';
export { MessagingShutdown, type StoppableConsumer } from './messaging-shutdown';
export {
  type DeadLetter,
  type ReplayRecord,
  deadLetterId,
  toDeadLetter,
} from './dead-letter/dead-letter';
export { readDeadLetters } from './dead-letter/dead-letter.reader';
export { readTopicToEnd, type ReadMessage } from './topics/read-topic-to-end';
export { replayDeadLetter, type ReplayTarget } from './dead-letter/dead-letter.replayer';
export { HousekeepingScheduler } from './housekeeping/housekeeping.scheduler';
export { MessagingPruner } from './housekeeping/messaging.pruner';
export type { PruneReport } from './housekeeping/prune-report';
export { IdempotencyErrorCode } from './idempotency/idempotency-error-code';
export { IdempotencyKey } from './idempotency/idempotency-key.decorator';
export type { IdempotentOutcome } from './idempotency/idempotent-outcome';
export type { IdempotentRequest } from './idempotency/idempotent-request';
export { IdempotentRequests } from './idempotency/idempotent-requests';
export {
  IDEMPOTENT_REPLAYED_HEADER,
  markReplayedResponse,
  type HeaderWritable,
} from './idempotency/mark-replayed-response';
export { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from './idempotency/parse-idempotency-key';
export { Doorbell } from './scheduling/doorbell';
export { NotificationSession } from './notifications/notification-session';
