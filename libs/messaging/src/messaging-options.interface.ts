import type { EventName } from '@loopline/contracts';
import type { RetryPolicy } from './retry/retry-policy';
import type { TopicOverride } from './topics/topic-override';

/**
 * How the topics a service declares are set up and kept (see topics/topic.provisioner.ts).
 * Replication factor and in-sync minimum apply to every kind of topic; partitions and retention
 * differ between event and dead-letter topics; `overrides` win over all of them for one topic.
 */
export interface TopicOptions {
  /** Partitions of each event topic. */
  partitions: number;
  replicationFactor: number;
  /** Replicas that must have a write before it is acknowledged (producers use acks=all). */
  minInSyncReplicas: number;
  /** Lifecycle topics are the system of record, so by default they are kept forever (-1). */
  retentionMs: number;
  /** Defaults to `partitions`. */
  deadLetterPartitions: number;
  deadLetterRetentionMs: number;
  /** Per-topic settings, keyed by topic name without the prefix (`loopline.dlq.monitoring`). */
  overrides: Readonly<Record<string, TopicOverride>>;
  /** Which event topics this service makes sure exist at start-up. */
  provision: 'all' | readonly EventName[];
}

export interface OutboxOptions {
  /** A service that only writes to the outbox (a CLI, a test) can leave publishing to another. */
  relayEnabled: boolean;
  pollIntervalMs: number;
  batchSize: number;
}

/**
 * Deletes what the outbox, the inbox and the idempotency keys no longer need, in small batches
 * on an interval. Retentions are measured from publication (outbox), handling (inbox) and the
 * first request (idempotency keys).
 */
export interface HousekeepingOptions {
  /** A process that shares its schema with a service that already prunes (a CLI) can leave it off. */
  enabled: boolean;
  /** Pause between the end of one pass and the start of the next. */
  intervalMs: number;
  /** Rows per DELETE statement: each batch commits alone, so locks and WAL bursts stay small. */
  batchSize: number;
  /** Published outbox rows are kept this long, to tell what was sent; unpublished rows stay. */
  outboxRetentionMs: number;
  /**
   * The inbox entry is what turns a redelivered or replayed event into a no-op: once it is
   * deleted, the same event would be handled, with all its effects, a second time. Keep it
   * longer than any event can come back (a consumer down for days, offsets rewound for a replay).
   */
  inboxRetentionMs: number;
  /** A client retrying with the same Idempotency-Key later than this gets a new execution. */
  idempotencyKeyRetentionMs: number;
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
  housekeeping?: Partial<HousekeepingOptions>;
  /** Where a consumer group with no committed offsets starts; committed offsets always win. */
  consumerStart?: ConsumerStart;
  /** How long a consumer waits for an unknown writer schema to appear on the schema topic. */
  schemaLookupTimeoutMs?: number;
}

/** `earliest` replays a topic's whole history to a new group; `latest` sees only new events. */
export type ConsumerStart = 'earliest' | 'latest';

/** Options with every default applied; what the rest of the library works with. */
export interface ResolvedMessagingOptions {
  serviceName: string;
  brokers: string[];
  consumerGroup: string;
  topicPrefix: string;
  topics: TopicOptions;
  retry: RetryPolicy;
  outbox: OutboxOptions;
  housekeeping: HousekeepingOptions;
  consumerStart: ConsumerStart;
  schemaLookupTimeoutMs: number;
}
