import { AccessControlModule } from '@loopline/access-control';
import { ArtifactsModule } from '@loopline/artifacts';
import { JOBS_ENTITIES, JOBS_MIGRATIONS, JobsModule } from '@loopline/jobs';
import {
  connectEventConsumer,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingModule,
} from '@loopline/messaging';
import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import { createServiceApp } from '@loopline/service-runtime';
import { testAccessTokensFile, uniqueName, type ServiceWorld } from '@loopline/testing';
import { type INestApplication, Module } from '@nestjs/common';
import { PERFORMANCE_ENTITIES, PERFORMANCE_MIGRATIONS, PerformanceModule } from '../index';
import { TestMonitoringCoreModule } from './test-monitoring-core';

export const TEST_BUCKET = 'loopline-monitoring';

/**
 * The performance slice as the monitoring service runs it, in this process: its own schema,
 * messaging on the world's topic prefix (consuming GroundTruthObserved, relaying its outbox), the
 * job worker, MinIO, access control, and stand-ins for the core's catalog, policies and triggers.
 */
export async function startPerformanceService(
  world: ServiceWorld,
  schema: string,
): Promise<INestApplication> {
  const stack = world.stack;
  @Module({
    imports: [
      AccessControlModule.forRoot({
        tokensFile: testAccessTokensFile(),
        openReadsOnLoopback: false,
      }),
      ObservabilityModule.forRoot({ serviceName: 'monitoring' }),
      PersistenceModule.forRoot({
        url: stack.databaseUrl,
        schema,
        serviceName: 'monitoring',
        entities: [...MESSAGING_ENTITIES, ...JOBS_ENTITIES, ...PERFORMANCE_ENTITIES],
        migrations: [...MESSAGING_MIGRATIONS, ...JOBS_MIGRATIONS, ...PERFORMANCE_MIGRATIONS],
        poolSize: 6,
      }),
      MessagingModule.forRoot({
        serviceName: 'monitoring',
        brokers: stack.brokers,
        consumerGroup: uniqueName('it-performance'),
        topicPrefix: world.prefix,
        topics: { provision: ['GroundTruthObserved', 'PerformanceDegraded'], partitions: 1 },
        outbox: { relayEnabled: true, pollIntervalMs: 200 },
      }),
      ArtifactsModule.forRoot({
        endpoint: stack.minio.endpoint,
        accessKey: stack.minio.accessKey,
        secretKey: stack.minio.secretKey,
        buckets: [TEST_BUCKET],
      }),
      JobsModule.forRoot({
        leaseMs: 5_000,
        pollIntervalMs: 200,
        shutdownGraceMs: 2_000,
        backoff: { initialDelayMs: 50, maxDelayMs: 500 },
      }),
      TestMonitoringCoreModule,
      PerformanceModule,
    ],
  })
  class PerformanceTestModule {}

  const app = await createServiceApp(PerformanceTestModule, { logger: false });
  connectEventConsumer(app);
  await app.init();
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  return app;
}
