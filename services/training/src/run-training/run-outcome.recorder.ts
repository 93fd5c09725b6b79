import type { PlatformError } from '@loopline/errors';
import type { Job } from '@loopline/jobs';
import { OutboxWriter } from '@loopline/messaging';
import type { TrainedOnFeatureSet } from '@loopline/model-training';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TrackingStore } from '../tracking';
import type { StoredRunArtifacts } from './model-artifact.uploader';
import { RunScheduler } from './run-scheduler';
import type { TrainModelInput } from './train-model.input';
import { featureSetLineage } from './feature-set-lineage';
import type { TrainModelOutcome } from './train-model.outcome';
import type { ResolvedRun } from './training-run.resolver';

const SPLIT_PREFIXES = { train: 'train_', validation: 'val_', test: 'test_' } as const;

/**
 * Ends a run: in the transaction that marks its job done, the tracking store records the end,
 * the matching event is enqueued, and the model's slot passes to the follow-up run, if requests
 * were waiting. So exactly one ModelTrained or TrainingFailed ends every run.
 */
@Injectable()
export class RunOutcomeRecorder {
  constructor(
    private readonly tracking: TrackingStore,
    private readonly outbox: OutboxWriter,
    private readonly scheduler: RunScheduler,
  ) {}

  describe(
    job: Job<TrainModelInput>,
    resolved: ResolvedRun,
    trained: TrainedOnFeatureSet,
    stored: StoredRunArtifacts,
    run: { startedAt: number; codeCommit: string },
  ): TrainModelOutcome {
    const { featureSet, config } = resolved;
    const metrics: Record<string, number> = {};
    for (const [split, prefix] of Object.entries(SPLIT_PREFIXES)) {
      const evaluation = trained.evaluation[split as keyof typeof SPLIT_PREFIXES];
      for (const [name, value] of Object.entries(evaluation.metrics))
        metrics[`${prefix}${name}`] = value;
    }
    const completedAt = Date.now();
    return {
      modelTrained: {
        modelName: job.input.modelName,
        lineage: {
          trainingRunId: job.input.runId,
          ...featureSetLineage(featureSet),
          configHash: resolved.configHash,
          codeCommit: run.codeCommit,
        },
        task: config.task,
        artifact: stored.model,
        transform: stored.transform,
        featureNames: trained.signature.featureNames,
        labelColumn: trained.signature.labelName,
        trainingMetrics: trained.evaluation.train.metrics,
        validationMetrics: trained.evaluation.validation.metrics,
        testMetrics: trained.evaluation.test.metrics,
        epochs: trained.epochs.length,
        parameterCount: trained.parameterCount,
        seed: config.seed,
        backend: trained.backend,
        frameworkVersion: trained.frameworkVersion,
        durationMs: completedAt - run.startedAt,
        completedAt,
      },
      metrics,
      artifacts: stored.runArtifacts,
      samplesPerSecond: trained.samplesPerSecond,
      bestEpoch: trained.bestEpoch,
      stoppedEarly: trained.stoppedEarly,
    };
  }

  async succeeded(
    manager: EntityManager,
    job: Job<TrainModelInput>,
    outcome: TrainModelOutcome,
  ): Promise<void> {
    const { runId, modelName } = job.input;
    await this.tracking.finishRun(manager, runId, {
      status: 'succeeded',
      metrics: outcome.metrics,
      artifacts: outcome.artifacts,
      durationMs: outcome.modelTrained.durationMs,
      samplesPerSecond: outcome.samplesPerSecond,
      note: outcome.stoppedEarly
        ? `stopped early; kept the weights of epoch ${outcome.bestEpoch}`
        : undefined,
    });
    await this.outbox.enqueue(manager, 'ModelTrained', outcome.modelTrained, job.publishContext);
    await this.scheduler.release(manager, modelName, runId, {
      correlationId: job.lineage.correlationId,
    });
  }

  async failed(
    manager: EntityManager,
    job: Job<TrainModelInput>,
    error: PlatformError,
  ): Promise<void> {
    const { runId, modelName, requests } = job.input;
    const run = await this.tracking.getRun(manager, runId);
    await this.tracking.finishRun(manager, runId, {
      status: 'failed',
      error: { code: error.code, message: error.message, retriable: error.retriable },
    });
    const epoch: unknown = error.details.epoch;
    await this.outbox.enqueue(
      manager,
      'TrainingFailed',
      {
        modelName,
        trainingRunId: runId,
        requestId: requests[requests.length - 1].requestId,
        featureSetId: run?.featureSetId ?? null,
        errorCode: error.code,
        errorMessage: error.message,
        retriable: error.retriable,
        failedAtEpoch: typeof epoch === 'number' ? epoch : null,
        logs: null,
        failedAt: Date.now(),
      },
      job.publishContext,
    );
    await this.scheduler.release(manager, modelName, runId, {
      correlationId: job.lineage.correlationId,
    });
  }
}
