import type { ModelTrained, TrainingFailed } from '@loopline/contracts';
import type { PlatformError } from '@loopline/errors';
import { OutboxWriter } from '@loopline/messaging';
import { Inject } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Job } from '../domain/job';
import { JobHandler } from '../handlers/job-handler';
import { JOBS_OPTIONS } from '../jobs.constants';
import type { ResolvedJobsOptions } from '../jobs-options.interface';
import { JobScript, type TrainModelInput, type TrainModelResult } from './job-script';
import { TrainingResultRow } from './training-result.row';
import { contractSample } from '@loopline/testing';

export const TRAIN_MODEL_JOB = 'it-train-model';

const MODEL_TRAINED: ModelTrained = contractSample('ModelTrained');
const TRAINING_FAILED: TrainingFailed = contractSample('TrainingFailed');

/** A job handler written the way services write them: work outside, result and event together. */
@JobHandler(TRAIN_MODEL_JOB)
export class TrainModelJob implements JobHandler<TrainModelInput, TrainModelResult> {
  constructor(
    private readonly script: JobScript,
    private readonly outbox: OutboxWriter,
    @Inject(JOBS_OPTIONS) private readonly options: ResolvedJobsOptions,
  ) {}

  async run(job: Job<TrainModelInput>, signal: AbortSignal): Promise<TrainModelResult> {
    const call = this.script.callsFor(job.id) + 1;
    this.script.calls.set(job.id, call);
    if (this.script.running.has(job.id)) this.script.overlaps.push(job.id);
    this.script.running.add(job.id);
    this.script.ranBy.set(job.id, [
      ...(this.script.ranBy.get(job.id) ?? []),
      this.options.workerId,
    ]);
    signal.addEventListener(
      'abort',
      () => this.script.aborts.push({ jobId: job.id, reason: signal.reason }),
      { once: true },
    );
    const startedAt = Date.now();
    try {
      await this.script.behave(job, call, signal);
    } finally {
      this.script.running.delete(job.id);
    }
    return {
      modelUri: `s3://it-models/${job.key}/${job.id}`,
      trainedForMs: Date.now() - startedAt,
    };
  }

  async complete(
    manager: EntityManager,
    job: Job<TrainModelInput>,
    _result: TrainModelResult,
  ): Promise<void> {
    await manager.insert(TrainingResultRow, {
      jobId: job.id,
      modelName: job.key,
      attempt: job.attempt,
      worker: this.options.workerId,
    });
    await this.outbox.enqueue(
      manager,
      'ModelTrained',
      {
        ...MODEL_TRAINED,
        modelName: job.key,
        lineage: {
          ...MODEL_TRAINED.lineage,
          trainingRunId: job.id,
          featureSetId: job.input.featureSetId,
        },
      },
      job.publishContext,
    );
  }

  async fail(
    manager: EntityManager,
    job: Job<TrainModelInput>,
    error: PlatformError,
  ): Promise<void> {
    await this.outbox.enqueue(
      manager,
      'TrainingFailed',
      {
        ...TRAINING_FAILED,
        modelName: job.key,
        trainingRunId: job.id,
        featureSetId: job.input.featureSetId,
        errorCode: error.code,
        errorMessage: error.message,
        retriable: error.retriable,
        failedAt: Date.now(),
      },
      job.publishContext,
    );
  }
}
