import { defineConfig } from './define-config';
import type { ConfigOf } from './variable-spec';
import { settingsPerKey } from './settings-per-key';
import { boolean, integer, oneOf, optional, string, stringList, url } from './variable-types';

/** Log levels from most to least severe; a level enables itself and everything above it. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Variables every service reads. Defaults match the local stack (`infra/stack.sh up`), so a
 * service starts on a developer machine with no environment at all; production sets them all.
 * Services add their own (HTTP_PORT, DATABASE_SCHEMA, ARTIFACTS_BUCKET) with spread.
 */
export const PLATFORM_CONFIG_DEFINITION = defineConfig({
  KAFKA_BROKERS: stringList({
    default: '127.0.0.1:9092',
    itemPattern: /^[^\s:,]+:\d{1,5}$/,
    itemDoc: 'host:port',
    doc: 'Kafka bootstrap brokers.',
  }),
  KAFKA_TOPIC_PREFIX: string({
    default: '',
    pattern: /^[a-zA-Z0-9._-]*$/,
    patternDoc: 'letters, digits, . _ -',
    doc: 'Prepended to every topic name; isolates environments (or tests) sharing one cluster.',
  }),
  KAFKA_TOPIC_PARTITIONS: integer({
    default: 3,
    min: 1,
    doc: 'Partitions of each event topic: the most consumers of one group that can share its load.',
  }),
  KAFKA_TOPIC_REPLICATION_FACTOR: integer({
    default: 1,
    min: 1,
    doc: 'Copies of each partition on different brokers (new topics; an existing topic with another factor is reported, not changed). Production: 3.',
  }),
  KAFKA_TOPIC_MIN_INSYNC_REPLICAS: integer({
    default: 1,
    min: 1,
    doc: 'Replicas that must have a write before it is acknowledged (producers use acks=all); at most the replication factor. Production: 2.',
  }),
  KAFKA_TOPIC_RETENTION_MS: integer({
    default: -1,
    min: -1,
    doc: 'How long event topics keep messages; -1 keeps them forever (the lifecycle topics are the record the registry is built from).',
  }),
  KAFKA_DLQ_PARTITIONS: optional(
    integer({
      min: 1,
      doc: 'Partitions of dead-letter topics; unset means KAFKA_TOPIC_PARTITIONS.',
    }),
  ),
  KAFKA_DLQ_RETENTION_MS: integer({
    default: 90 * 24 * 60 * 60 * 1000,
    min: -1,
    doc: 'How long dead-letter topics keep messages (default 90 days); -1 keeps them forever.',
  }),
  // The setting names are the messaging library's TOPIC_OVERRIDE_SETTINGS (it validates them too).
  KAFKA_TOPIC_OVERRIDES: settingsPerKey({
    default: {},
    keyDoc: 'topic',
    keyPattern: /^[a-zA-Z0-9._-]{1,249}$/,
    settings: {
      partitions: { min: 1 },
      'replication.factor': { min: 1 },
      'min.insync.replicas': { min: 1 },
      'retention.ms': { min: -1 },
    },
    example:
      'loopline.dlq.monitoring=partitions:1,retention.ms:604800000;loopline.dlq.training=partitions:1',
    doc: 'Per-topic exceptions to the topic settings above, by topic name without KAFKA_TOPIC_PREFIX; an unknown topic or setting stops start-up.',
  }),
  KAFKA_CONSUMER_START: oneOf(['earliest', 'latest'], {
    default: 'earliest',
    doc: 'Where a consumer group with no committed offsets starts reading a topic: its oldest message, or only what arrives after it joins. Committed offsets always win.',
  }),
  DATABASE_URL: url({
    default: 'postgres://loopline:loopline@127.0.0.1:5432/loopline',
    protocols: ['postgres:', 'postgresql:'],
    secret: true,
    doc: 'PostgreSQL connection URL; each service keeps its tables in its own schema of this database.',
  }),
  DATABASE_POOL_SIZE: integer({
    default: 10,
    min: 2,
    max: 200,
    doc: 'Maximum PostgreSQL connections per service instance.',
  }),
  OUTBOX_RETENTION_HOURS: integer({
    default: 168,
    min: 1,
    max: 87600,
    doc: 'How long published outbox rows are kept (to tell what was sent, and when) before housekeeping deletes them; unpublished rows are never deleted.',
  }),
  INBOX_RETENTION_DAYS: integer({
    default: 30,
    min: 1,
    max: 3650,
    doc: "How long a consumer remembers the events it handled. The inbox entry is what makes a redelivered or replayed event a no-op: once it is deleted, that event would take effect again. Keep it longer than any event can come back (a consumer down for days, a group's offsets rewound).",
  }),
  IDEMPOTENCY_KEY_RETENTION_HOURS: integer({
    default: 24,
    min: 1,
    max: 8760,
    doc: 'How long an Idempotency-Key and its response are kept; a client retrying later than this gets a new execution.',
  }),
  HOUSEKEEPING_INTERVAL_MS: integer({
    default: 300000,
    min: 1000,
    max: 86400000,
    doc: 'Pause between housekeeping passes (pruning outbox, inbox and idempotency keys); passes never overlap, and a failed one is retried at the next interval.',
  }),
  HOUSEKEEPING_BATCH_SIZE: integer({
    default: 1000,
    min: 1,
    max: 100000,
    doc: 'Rows deleted per statement by housekeeping; each batch commits alone, so locks stay short.',
  }),
  MINIO_ENDPOINT: url({
    default: 'http://127.0.0.1:9000',
    protocols: ['http:', 'https:'],
    doc: 'S3-compatible object store (MinIO) endpoint for artifacts.',
  }),
  MINIO_ACCESS_KEY: string({ default: 'loopline', doc: 'Object store access key.' }),
  MINIO_SECRET_KEY: string({
    default: 'loopline-secret',
    secret: true,
    doc: 'Object store secret key.',
  }),
  HTTP_HOST: string({ default: '0.0.0.0', doc: 'Interface the HTTP API binds to.' }),
  AUTH_TOKENS_FILE: optional(
    string({
      doc: 'Access token file (JSON: principals, their roles and the sha256 of their bearer tokens). Mutating HTTP calls need a token it lists; when unset nobody is configured and they all get 401. infra/auth.sh writes one for the local stack.',
    }),
  ),
  AUTH_OPEN_READS: boolean({
    default: true,
    doc: 'Whether HTTP reads (GET, HEAD) from loopback need no token; off, they need the viewer role.',
  }),
  LOG_LEVEL: oneOf(LOG_LEVELS, { default: 'info', doc: 'Most verbose level logged.' }),
  LOG_FORMAT: oneOf(['text', 'json'], {
    default: 'text',
    doc: 'json writes one JSON object per line, for log shippers.',
  }),
  SHUTDOWN_TIMEOUT_MS: integer({
    default: 15000,
    min: 1000,
    max: 600000,
    doc: 'After SIGTERM/SIGINT, how long graceful shutdown may take before the process is forced to exit.',
  }),
});

/** Parsed shared variables. */
export type PlatformConfig = ConfigOf<typeof PLATFORM_CONFIG_DEFINITION>;
