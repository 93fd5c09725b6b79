import { dropSchema, testStackConfig, uniqueIdentifier, uniqueName } from '@loopline/testing';
import type { DataSource } from 'typeorm';
import type { EnqueuedJob } from '../domain/job';
import type { JobsOptions } from '../jobs-options.interface';
import type { JobScript } from './job-script';
import {
  type JobsTestService,
  type JobsTestServiceOptions,
  startJobsTestService,
} from './jobs-test-service';
import { TRAIN_MODEL_JOB } from './train-model.job';

/** Short leases and fast retries, so crash recovery and backoff take a second, not minutes. */
export const FAST_JOBS: JobsOptions = {
  leaseMs: 1_000,
  pollIntervalMs: 200,
  shutdownGraceMs: 2_000,
  backoff: { initialDelayMs: 20, maxDelayMs: 100 },
};

/** A job row as the tests look at it, with times from the database clock. */
export interface StoredJob {
  id: string;
  state: string;
  attempts: number;
  lease_owner: string | null;
  lease_expires_at: Date | null;
  error_code: string | null;
  result: unknown;
  started_at: Date | null;
  finished_at: Date | null;
  correlation_id: string;
  causation_id: string | null;
}

/** One isolated world per test: its own schema and topic prefix; apps closed on cleanup. */
export class JobsTestWorld {
  readonly schema = uniqueIdentifier('it_jobs');
  readonly topicPrefix = `${uniqueName('it')}.`;
  private readonly services: JobsTestService[] = [];

  async start(
    script: JobScript,
    jobs: JobsOptions,
    extra: Partial<JobsTestServiceOptions> = {},
  ): Promise<JobsTestService> {
    const service = await startJobsTestService({
      schema: this.schema,
      topicPrefix: this.topicPrefix,
      script,
      jobs,
      ...extra,
    });
    this.services.push(service);
    return service;
  }

  /** Enqueues one training job for `modelName` in its own transaction, as an ops action would. */
  enqueue(service: JobsTestService, modelName: string, maxAttempts?: number): Promise<EnqueuedJob> {
    return service.dataSource.transaction((manager) =>
      service.queue.enqueue(manager, {
        kind: TRAIN_MODEL_JOB,
        key: modelName,
        input: { featureSetId: `fs-${modelName}` },
        maxAttempts,
        correlationId: `it-${modelName}`,
      }),
    );
  }

  async job(dataSource: DataSource, id: string): Promise<StoredJob> {
    const [row] = await dataSource.query(`SELECT * FROM "${this.schema}".jobs WHERE id = $1`, [id]);
    return row;
  }

  async resultsFor(
    dataSource: DataSource,
    jobId: string,
  ): Promise<{ worker: string; attempt: number }[]> {
    return dataSource.query(
      `SELECT worker, attempt FROM "${this.schema}".training_results WHERE job_id = $1`,
      [jobId],
    );
  }

  /** Outbox rows by event type, with their headers. */
  async outbox(
    dataSource: DataSource,
    eventType: string,
  ): Promise<{ headers: Record<string, string>; payload: Buffer; published_at: Date | null }[]> {
    return dataSource.query(
      `SELECT headers, payload, published_at FROM "${this.schema}".outbox_messages WHERE event_type = $1 ORDER BY sequence`,
      [eventType],
    );
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.services.map((service) => service.close().catch(() => undefined)));
    await dropSchema(testStackConfig().databaseUrl, this.schema);
  }
}
