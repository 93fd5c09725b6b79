import type { DynamicModule } from '@nestjs/common';
import { AccessControlModule } from '@loopline/access-control';
import { ArtifactsModule } from '@loopline/artifacts';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, MessagingModule } from '@loopline/messaging';
import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import type { ServiceConfig } from './service-config.interface';
import type { ServiceIdentity } from './service-identity.interface';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The platform modules every service imports, wired from its config: observability (health,
 * readiness, metrics), its Postgres schema (migrated at start-up, with the outbox, inbox and
 * idempotency-key tables), Kafka messaging (with housekeeping), its artifact bucket, and the
 * bearer-token guard on every HTTP route.
 * Spread into the service's root module next to its own feature modules.
 */
export function platformModules(config: ServiceConfig, service: ServiceIdentity): DynamicModule[] {
  return [
    AccessControlModule.forRoot({
      tokensFile: config.AUTH_TOKENS_FILE,
      openReadsOnLoopback: config.AUTH_OPEN_READS,
    }),
    ObservabilityModule.forRoot({ serviceName: service.name }),
    PersistenceModule.forRoot({
      url: config.DATABASE_URL,
      schema: config.DATABASE_SCHEMA,
      entities: [...MESSAGING_ENTITIES, ...service.entities],
      migrations: [...MESSAGING_MIGRATIONS, ...service.migrations],
      serviceName: service.name,
      poolSize: config.DATABASE_POOL_SIZE,
    }),
    MessagingModule.forRoot({
      serviceName: service.name,
      brokers: config.KAFKA_BROKERS,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      consumerStart: config.KAFKA_CONSUMER_START,
      topics: {
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
        minInSyncReplicas: config.KAFKA_TOPIC_MIN_INSYNC_REPLICAS,
        retentionMs: config.KAFKA_TOPIC_RETENTION_MS,
        // Unset follows the event topics' partitions.
        deadLetterPartitions: config.KAFKA_DLQ_PARTITIONS,
        deadLetterRetentionMs: config.KAFKA_DLQ_RETENTION_MS,
        overrides: config.KAFKA_TOPIC_OVERRIDES,
      },
      housekeeping: {
        intervalMs: config.HOUSEKEEPING_INTERVAL_MS,
        batchSize: config.HOUSEKEEPING_BATCH_SIZE,
        outboxRetentionMs: config.OUTBOX_RETENTION_HOURS * HOUR_MS,
        inboxRetentionMs: config.INBOX_RETENTION_DAYS * 24 * HOUR_MS,
        idempotencyKeyRetentionMs: config.IDEMPOTENCY_KEY_RETENTION_HOURS * HOUR_MS,
      },
    }),
    ArtifactsModule.forRoot({
      endpoint: config.MINIO_ENDPOINT,
      accessKey: config.MINIO_ACCESS_KEY,
      secretKey: config.MINIO_SECRET_KEY,
      buckets: [config.ARTIFACTS_BUCKET],
    }),
  ];
}
