import type { DynamicModule } from '@nestjs/common';
import { ArtifactsModule } from '@loopline/artifacts';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, MessagingModule } from '@loopline/messaging';
import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import type { ServiceConfig } from './service-config.interface';
import type { ServiceIdentity } from './service-identity.interface';

/**
 * The platform modules every service imports, wired from its config: observability (health,
 * readiness, metrics), its Postgres schema (migrated at start-up, with the outbox and inbox
 * tables), Kafka messaging and its artifact bucket.
 * Spread into the service's root module next to its own feature modules.
 */
export function platformModules(config: ServiceConfig, service: ServiceIdentity): DynamicModule[] {
  return [
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
    }),
    ArtifactsModule.forRoot({
      endpoint: config.MINIO_ENDPOINT,
      accessKey: config.MINIO_ACCESS_KEY,
      secretKey: config.MINIO_SECRET_KEY,
      buckets: [config.ARTIFACTS_BUCKET],
    }),
  ];
}
