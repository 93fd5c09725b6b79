import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS, MessagingModule } from '@loopline/messaging';
import { connectEventConsumer } from '@loopline/messaging';
import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import { testStackConfig } from '@loopline/testing';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { JOBS_ENTITIES, JOBS_MIGRATIONS } from '../database';
import type { JobsOptions } from '../jobs-options.interface';
import { JobsModule } from '../jobs.module';
import { JobQueue } from '../queue/job-queue';
import { JobWorker } from '../worker/job-worker';
import { CreateTrainingResults1764000000001 } from './create-training-results.migration';
import { JobScript } from './job-script';
import { MaterializedConsumer } from './materialized.consumer';
import { TrainModelJob } from './train-model.job';
import { TrainingResultRow } from './training-result.row';

export interface JobsTestServiceOptions {
  schema: string;
  topicPrefix: string;
  script: JobScript;
  jobs: JobsOptions;
  /** Consume FeatureSetMaterialized from Kafka and enqueue a job per event. */
  consumes?: boolean;
  consumerGroup?: string;
  /** Publish the outbox to Kafka (off: tests count outbox rows instead). */
  relayEnabled?: boolean;
}

export interface JobsTestService {
  app: INestApplication;
  dataSource: DataSource;
  queue: JobQueue;
  worker: JobWorker;
  close(): Promise<void>;
}

/**
 * A service in miniature that runs the test training job: its own schema (outbox, inbox, jobs,
 * training_results), messaging against the local broker, and the jobs module under test.
 */
export async function startJobsTestService(
  options: JobsTestServiceOptions,
): Promise<JobsTestService> {
  const stack = testStackConfig();
  @Module({
    imports: [
      ObservabilityModule.forRoot({ serviceName: 'it-jobs' }),
      PersistenceModule.forRoot({
        url: stack.databaseUrl,
        schema: options.schema,
        serviceName: 'it-jobs',
        entities: [...MESSAGING_ENTITIES, ...JOBS_ENTITIES, TrainingResultRow],
        migrations: [
          ...MESSAGING_MIGRATIONS,
          ...JOBS_MIGRATIONS,
          CreateTrainingResults1764000000001,
        ],
        poolSize: 6,
      }),
      MessagingModule.forRoot({
        serviceName: 'it-jobs',
        brokers: stack.brokers,
        consumerGroup: options.consumerGroup,
        topicPrefix: options.topicPrefix,
        topics: { provision: ['FeatureSetMaterialized', 'ModelTrained'], partitions: 1 },
        outbox: { relayEnabled: options.relayEnabled ?? false, pollIntervalMs: 600_000 },
      }),
      JobsModule.forRoot(options.jobs),
    ],
    controllers: options.consumes ? [MaterializedConsumer] : [],
    providers: [{ provide: JobScript, useValue: options.script }, TrainModelJob],
  })
  class JobsTestModule {}

  const app = await NestFactory.create(JobsTestModule, { logger: ['error'] });
  if (options.consumes) connectEventConsumer(app);
  await app.init();
  await app.startAllMicroservices();
  return {
    app,
    dataSource: app.get(DataSource),
    queue: app.get(JobQueue),
    worker: app.get(JobWorker),
    close: () => app.close(),
  };
}
