import { ErrorKind, PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from './errors/messaging-error-code';
import type {
  MessagingOptions,
  OutboxOptions,
  ResolvedMessagingOptions,
  TopicOptions,
} from './messaging-options.interface';
import { DEFAULT_RETRY_POLICY, validateRetryPolicy } from './retry/retry-policy';

export const MESSAGING_OPTIONS = Symbol('LOOPLINE_MESSAGING_OPTIONS');

/** Injection token of the EventCodec shared by every producer and consumer of a service. */
export const EVENT_CODEC = Symbol('LOOPLINE_EVENT_CODEC');

export const DEFAULT_TOPIC_OPTIONS: Readonly<TopicOptions> = {
  partitions: 3,
  replicationFactor: 1,
  retentionMs: -1,
  deadLetterRetentionMs: 90 * 24 * 60 * 60 * 1000,
  provision: 'all',
};

export const DEFAULT_OUTBOX_OPTIONS: Readonly<OutboxOptions> = {
  relayEnabled: true,
  // The relay wakes on NOTIFY; polling only catches what a lost listener connection missed.
  pollIntervalMs: 1_000,
  batchSize: 100,
};

/** Applies defaults and fails fast, naming every problem, on options that cannot work. */
export function resolveMessagingOptions(options: MessagingOptions): ResolvedMessagingOptions {
  const resolved: ResolvedMessagingOptions = {
    serviceName: options.serviceName,
    brokers: options.brokers,
    // Groups are namespaced like topics, so environments sharing a cluster never share a group.
    consumerGroup: options.consumerGroup ?? `${options.topicPrefix ?? ''}${options.serviceName}`,
    topicPrefix: options.topicPrefix ?? '',
    topics: { ...DEFAULT_TOPIC_OPTIONS, ...options.topics },
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    outbox: { ...DEFAULT_OUTBOX_OPTIONS, ...options.outbox },
  };
  const problems = validateRetryPolicy(resolved.retry);
  if (!/^[a-z][a-z0-9-]*$/.test(resolved.serviceName))
    problems.push(`serviceName must be kebab-case (got '${resolved.serviceName}')`);
  if (resolved.brokers.length === 0) problems.push('brokers must list at least one host:port');
  if (resolved.topics.partitions < 1) problems.push('topics.partitions must be >= 1');
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
