import { join } from 'node:path';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { type ObservedEvent, ServiceWorld, uniqueName, waitFor } from '@loopline/testing';

/**
 * The whole path from data to a registered, gated model on the real stack: ingestion, the
 * feature store, training, evaluation, the registry and deployment (which makes an approved
 * version the production one), meeting only on Kafka under a topic prefix of their own.
 */
export class EvaluationTestWorld extends ServiceWorld {
  readonly store = new ArtifactStore(createMinioClient(this.stack.minio));

  static async start(): Promise<EvaluationTestWorld> {
    const scratch = (label: string) => join('/tmp', uniqueName(`evaluation-it-${label}`));
    return new EvaluationTestWorld('evaluation-it').start(
      [
        { name: 'ingestion', env: { INGESTION_WORK_DIR: scratch('ingestion') } },
        { name: 'feature-store', env: { FEATURE_STORE_WORK_DIR: scratch('features') } },
        {
          name: 'training',
          env: { TRAINING_BACKEND: 'wasm', TRAINING_WORK_DIR: scratch('training') },
        },
        {
          name: 'evaluation',
          env: { EVALUATION_BACKEND: 'wasm', EVALUATION_WORK_DIR: scratch('evaluation') },
        },
        { name: 'registry' },
        // Production moves when deployment completes the approved version's rollout.
        {
          name: 'deployment',
          env: { DEPLOYMENT_BACKEND: 'wasm', DEPLOYMENT_WORK_DIR: scratch('deployment') },
        },
      ],
      [
        'ModelTrained',
        'ModelGatePassed',
        'ModelGateFailed',
        'ModelVersionRegistered',
        'ModelAliasAssigned',
        'PromotionApproved',
      ],
    );
  }

  /** The gate verdict (passed or failed) on one training run's model. */
  verdictOn(trainingRunId: string): Promise<ObservedEvent> {
    const verdicts = new Set(['ModelGatePassed', 'ModelGateFailed']);
    return waitFor(
      () =>
        this.events().find(
          (event) =>
            verdicts.has(event.type) && event.payload.lineage.trainingRunId === trainingRunId,
        ) ?? false,
      { timeoutMs: 3 * 60_000, description: `the gate verdict on run ${trainingRunId}` },
    );
  }
}
