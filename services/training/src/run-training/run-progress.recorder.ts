import type { FeatureSetMaterialized, TrainingRunStarted } from '@loopline/contracts';
import type { Job } from '@loopline/jobs';
import { OutboxWriter } from '@loopline/messaging';
import {
  trainingHyperparameters,
  type EpochReport,
  type TrainingStarted,
} from '@loopline/model-training';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TrackingStore } from '../tracking';
import { featureSetLineage } from './feature-set-lineage';
import type { TrainModelInput } from './train-model.input';
import type { ResolvedRun } from './training-run.resolver';

/** What TrainingRunStarted needs beyond the resolved run. */
export interface RunStart {
  resolved: ResolvedRun;
  configRef: TrainingRunStarted['config'];
  started: TrainingStarted;
  codeCommit: string;
  startedAt: number;
}

/**
 * Records a run's progress as it happens, each step in one transaction with its event: the
 * attempt's start (TrainingRunStarted) and every epoch (its metric points and
 * TrainingEpochCompleted). A rerun after a crash records its epochs again under the same run;
 * the points are replaced, and the events carry the same values for a deterministic run.
 */
@Injectable()
export class RunProgressRecorder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tracking: TrackingStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async started(job: Job<TrainModelInput>, start: RunStart): Promise<void> {
    const { runId, modelName, requests } = job.input;
    const { resolved, started } = start;
    const featureSet = resolved.featureSet;
    const params = trainingHyperparameters(resolved.config);
    await this.dataSource.transaction(async (manager) => {
      await this.tracking.startAttempt(manager, runId, job.attempt, {
        backend: started.backend,
        startedAt: new Date(start.startedAt),
        featureSetId: featureSet.featureSetId,
        configVersion: resolved.configVersion,
        configHash: resolved.configHash,
        params,
        config: resolved.config,
        lineage: runLineage(featureSet, start),
      });
      await this.outbox.enqueue(
        manager,
        'TrainingRunStarted',
        {
          modelName,
          trainingRunId: runId,
          requestId: requests[requests.length - 1].requestId,
          ...featureSetLineage(featureSet),
          task: resolved.config.task,
          configHash: resolved.configHash,
          config: start.configRef,
          hyperparameters: params,
          seed: resolved.config.seed,
          codeCommit: start.codeCommit,
          backend: started.backend,
          attempt: job.attempt,
          startedAt: start.startedAt,
        },
        job.publishContext,
      );
    });
  }

  async epoch(job: Job<TrainModelInput>, report: EpochReport): Promise<void> {
    const { runId, modelName } = job.input;
    const completedAt = Date.now();
    await this.dataSource.transaction(async (manager) => {
      await this.tracking.logMetrics(
        manager,
        runId,
        Object.entries({ ...report.metrics, learning_rate: report.learningRate }).map(
          ([key, value]) => ({ key, step: report.epoch, value, timestamp: completedAt }),
        ),
      );
      await this.outbox.enqueue(
        manager,
        'TrainingEpochCompleted',
        {
          modelName,
          trainingRunId: runId,
          epoch: report.epoch,
          totalEpochs: report.totalEpochs,
          metrics: report.metrics,
          durationMs: Math.round(report.durationMs),
          samplesPerSecond: report.samplesPerSecond,
          completedAt,
        },
        job.publishContext,
      );
    });
  }
}

function runLineage(featureSet: FeatureSetMaterialized, start: RunStart) {
  return {
    ...featureSetLineage(featureSet),
    codeCommit: start.codeCommit,
    seed: start.resolved.config.seed,
    backend: start.started.backend,
  };
}
