import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './handlers/job-handler.registry';
import { JOBS_OPTIONS, resolveJobsOptions } from './jobs.constants';
import type { JobsOptions } from './jobs-options.interface';
import { JobQueue } from './queue/job-queue';
import { JobWorker } from './worker/job-worker';

/**
 * Long work started by events, for one service: `JobQueue` (enqueue inside the inbox
 * transaction) and the `JobWorker` that runs every `@JobHandler` provider of the app. Import it
 * next to the platform modules; it needs the service's DataSource with JOBS_ENTITIES and
 * JOBS_MIGRATIONS, and MessagingModule for handlers that publish through the outbox.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions = {}): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: JOBS_OPTIONS, useValue: resolveJobsOptions(options) },
        JobHandlerRegistry,
        JobQueue,
        JobWorker,
      ],
      exports: [JOBS_OPTIONS, JobQueue, JobWorker],
    };
  }
}
