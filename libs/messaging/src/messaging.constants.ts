import { ErrorKind, PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from './errors/messaging-error-code';
import { validateHousekeepingOptions } from './housekeeping/validate-housekeeping-options';
import type {
  HousekeepingOptions,
  MessagingOptions,
  OutboxOptions,
  ResolvedMessagingOptions,
  TopicOptions,
} from './messaging-options.interface';
import { DEFAULT_RETRY_POLICY, validateRetryPolicy } from './retry/retry-policy';
import { validateTopicOptions, withTopicDefaults } from './topics/topic-options';

export const MESSAGING_OPTIONS = Symbol('LOOPLINE_MESSAGING_OPTIONS');

/** Injection token of the EventCodec shared by every producer and consumer of a service. */
export const EVENT_CODEC = Symbol('LOOPLINE_EVENT_CODEC');

/** Local defaults: one broker. Production raises replication to 3 and the in-sync minimum to 2. */
export const DEFAULT_TOPIC_OPTIONS: Readonly<TopicOptions> = {
  partitions: 3,
  replicationFactor: 1,
  minInSyncReplicas: 1,
  retentionMs: -1,
  deadLetterPartitions: 3,
  deadLetterRetentionMs: 90 * 24 * 60 * 60 * 1000,
  overrides: {},
  provision: 'all',
};

/** A producer registers its schema before publishing, so this only covers a registration in flight. */
export const DEFAULT_SCHEMA_LOOKUP_TIMEOUT_MS = 10_000;

export const DEFAULT_OUTBOX_OPTIONS: Readonly<OutboxOptions> = {
  relayEnabled: true,
  // The relay wakes on NOTIFY; polling only catches what a lost listener connection missed.
  pollIntervalMs: 1_000,
  batchSize: 100,
};

const HOUR_MS = 60 * 60 * 1000;

export const DEFAULT_HOUSEKEEPING_OPTIONS: Readonly<HousekeepingOptions> = {
  enabled: true,
  intervalMs: 5 * 60 * 1000,
  batchSize: 1_000,
  // Long enough to answer "was it sent, and when?" for last week's events.
  outboxRetentionMs: 7 * 24 * HOUR_MS,
  // Generous on purpose: a pruned inbox entry lets a redelivered or replayed event act twice.
  inboxRetentionMs: 30 * 24 * HOUR_MS,
  // A client retries within seconds or minutes; a day covers a client that was down overnight.
  idempotencyKeyRetentionMs: 24 * HOUR_MS,
};

/** Applies defaults and fails fast, naming every problem, on options that cannot work. */
export function resolveMessagingOptions(options: MessagingOptions): ResolvedMessagingOptions {
  const resolved: ResolvedMessagingOptions = {
    serviceName: options.serviceName,
    brokers: options.brokers,
    // Groups are namespaced like topics, so environments sharing a cluster never share a group.
    consumerGroup: options.consumerGroup ?? `${options.topicPrefix ?? ''}${options.serviceName}`,
    topicPrefix: options.topicPrefix ?? '',
    topics: withTopicDefaults(DEFAULT_TOPIC_OPTIONS, options.topics),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    // A new group must see the whole history by default: events published before it first joined count.
    consumerStart: options.consumerStart ?? 'earliest',
    schemaLookupTimeoutMs: options.schemaLookupTimeoutMs ?? DEFAULT_SCHEMA_LOOKUP_TIMEOUT_MS,
    outbox: { ...DEFAULT_OUTBOX_OPTIONS, ...options.outbox },
    housekeeping: { ...DEFAULT_HOUSEKEEPING_OPTIONS, ...options.housekeeping },
  };
  const problems = [
    ...validateRetryPolicy(resolved.retry),
    ...validateHousekeepingOptions(resolved.housekeeping),
    ...validateTopicOptions(resolved.topics),
  ];
  if (!/^[a-z][a-z0-9-]*$/.test(resolved.serviceName))
    problems.push(`serviceName must be kebab-case (got '${resolved.serviceName}')`);
  if (resolved.brokers.length === 0) problems.push('brokers must list at least one host:port');
  if (!['earliest', 'latest'].includes(resolved.consumerStart))
    problems.push(`consumerStart must be earliest or latest (got '${resolved.consumerStart}')`);
  if (resolved.outbox.batchSize < 1) problems.push('outbox.batchSize must be >= 1');
  if (problems.length > 0) {
    throw new PlatformError(
      MessagingErrorCode.InvalidOptions,
      `Invalid messaging options: ${problems.join('; ')}.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  }
  return resolved;
}
