import type { EventName } from '@loopline/contracts';
import type { RetryPolicy } from './retry/retry-policy';

export interface TopicOptions {
  partitions: number;
  replicationFactor: number;
  /** Lifecycle topics are the system of record, so by default they are kept forever (-1). */
  retentionMs: number;
  deadLetterRetentionMs: number;
  /** Which event topics this service makes sure exist at start-up. */
  provision: 'all' | readonly EventName[];
}

export interface OutboxOptions {
  /** A service that only writes to the outbox (a CLI, a test) can leave publishing to another. */
  relayEnabled: boolean;
  pollIntervalMs: number;
  batchSize: number;
}

/** Everything the messaging layer needs; services build it from their config module. */
export interface MessagingOptions {
  /** Producer header, Kafka client id and default consumer group. */
  serviceName: string;
  brokers: string[];
  /** Defaults to the topic prefix followed by the service name. */
  consumerGroup?: string;
  /** Prepended to every topic name: isolates environments sharing a cluster, and tests. */
  topicPrefix?: string;
  topics?: Partial<TopicOptions>;
  retry?: Partial<RetryPolicy>;
  outbox?: Partial<OutboxOptions>;
}

/** Options with every default applied; what the rest of the library works with. */
export interface ResolvedMessagingOptions {
  serviceName: string;
  brokers: string[];
  consumerGroup: string;
  topicPrefix: string;
  topics: TopicOptions;
  retry: RetryPolicy;
  outbox: OutboxOptions;
}
