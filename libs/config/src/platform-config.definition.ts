import { defineConfig } from './define-config';
import type { ConfigOf } from './variable-spec';
import { integer, oneOf, string, stringList, url } from './variable-types';

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
