import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import type { PlatformError } from '@loopline/errors';
import { type Job, JobHandler } from '@loopline/jobs';
import { canonicalTrainingConfigJson } from '@loopline/model-training';
import { Inject } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TRAINING_SETTINGS, type TrainingSettings } from '../config/training.settings';
import { FeatureSetFilesFetcher } from './feature-set-files.fetcher';
import { ModelArtifactUploader } from './model-artifact.uploader';
import { RunOutcomeRecorder } from './run-outcome.recorder';
import { RunProgressRecorder } from './run-progress.recorder';
import { TRAIN_MODEL_JOB, type TrainModelInput } from './train-model.input';
import type { TrainModelOutcome } from './train-model.outcome';
import { runTrainingWorker } from './training-worker.runner';
import type { TrainingWorkerProgress } from './training-worker.messages';
import { TrainingRunResolver } from './training-run.resolver';

/**
 * One training run as a tracked job: `run` resolves the configuration and feature set, trains in
 * a worker thread while recording each epoch, and stores the model, with no transaction held
 * open; `complete` commits ModelTrained with the run's end, `fail` TrainingFailed. A process
 * killed mid-run loses its lease; the run is attempted again from the start, and only the attempt
 * that completes publishes ModelTrained.
 */
@JobHandler(TRAIN_MODEL_JOB)
export class TrainModelJob implements JobHandler<TrainModelInput, TrainModelOutcome> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly artifacts: ArtifactStore,
    private readonly resolver: TrainingRunResolver,
    private readonly fetcher: FeatureSetFilesFetcher,
    private readonly uploader: ModelArtifactUploader,
    private readonly progress: RunProgressRecorder,
    private readonly outcome: RunOutcomeRecorder,
    @Inject(TRAINING_SETTINGS) private readonly settings: TrainingSettings,
  ) {}

  async run(job: Job<TrainModelInput>, signal: AbortSignal): Promise<TrainModelOutcome> {
    const { runId, modelName } = job.input;
    const resolved = await this.resolver.resolve(this.dataSource.manager, job.input);
    const configRef = await this.putConfig(canonicalTrainingConfigJson(resolved.config));
    const workDir = join(this.settings.workDir, runId);
    await rm(workDir, { recursive: true, force: true });
    const startedAt = Date.now();
    try {
      const files = await this.fetcher.fetch(resolved.featureSet, workDir);
      // Progress is recorded in order, one transaction at a time, while training goes on.
      let recorded: Promise<void> = Promise.resolve();
      const record = (progress: TrainingWorkerProgress) => {
        recorded = recorded.then(() =>
          progress.kind === 'started'
            ? this.progress.started(job, {
                resolved,
                configRef,
                started: progress.started,
                codeCommit: this.settings.codeCommit,
                startedAt,
              })
            : this.progress.epoch(job, progress.report),
        );
        recorded.catch(() => undefined); // surfaced below, once training ends
      };
      const trained = await runTrainingWorker(
        { config: resolved.config, files, backend: this.settings.backend },
        record,
        signal,
      );
      await recorded;
      const stored = await this.uploader.upload(modelName, runId, trained, files.transformSpec);
      return this.outcome.describe(job, resolved, trained, stored, {
        startedAt,
        codeCommit: this.settings.codeCommit,
      });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  complete(
    manager: EntityManager,
    job: Job<TrainModelInput>,
    outcome: TrainModelOutcome,
  ): Promise<void> {
    return this.outcome.succeeded(manager, job, outcome);
  }

  fail(manager: EntityManager, job: Job<TrainModelInput>, error: PlatformError): Promise<void> {
    return this.outcome.failed(manager, job, error);
  }

  private async putConfig(json: string) {
    const stored = await this.artifacts.putContentAddressed(
      this.settings.bucket,
      Buffer.from(json, 'utf8'),
      { contentType: 'application/json' },
    );
    return { ...stored, mediaType: 'application/json' };
  }
}
