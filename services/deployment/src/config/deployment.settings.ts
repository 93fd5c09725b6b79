import type { TrainingBackend } from '@loopline/model-training';
import type { DeploymentConfig } from './deployment.config';

/** What the deployment slices need from the service's config, as one injectable value. */
export interface DeploymentSettings {
  bucket: string;
  /** Postgres schema: names the notification channels, so environments sharing a database stay apart. */
  databaseSchema: string;
  instanceId: string;
  workDir: string;
  backend: TrainingBackend | 'auto';
  policiesDir: string;
  serving: {
    maxBatchSize: number;
    maxBatchWaitMs: number;
    maxInstancesPerRequest: number;
    faultInjection: boolean;
  };
  rolloutTickIntervalMs: number;
  predictionLog: {
    samplePercent: number;
    bufferRows: number;
    flushRows: number;
    flushIntervalMs: number;
  };
  batchScoring: { chunkRows: number };
}

export const DEPLOYMENT_SETTINGS = Symbol('DEPLOYMENT_SETTINGS');

export function deploymentSettings(config: DeploymentConfig): DeploymentSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    databaseSchema: config.DATABASE_SCHEMA,
    instanceId: config.DEPLOYMENT_INSTANCE_ID,
    workDir: config.DEPLOYMENT_WORK_DIR,
    backend: config.DEPLOYMENT_BACKEND,
    policiesDir: config.DEPLOYMENT_POLICIES_DIR,
    serving: {
      maxBatchSize: config.SERVING_MAX_BATCH_SIZE,
      maxBatchWaitMs: config.SERVING_MAX_BATCH_WAIT_MS,
      maxInstancesPerRequest: config.SERVING_MAX_INSTANCES_PER_REQUEST,
      faultInjection: config.SERVING_FAULT_INJECTION,
    },
    rolloutTickIntervalMs: config.ROLLOUT_TICK_INTERVAL_MS,
    predictionLog: {
      samplePercent: config.PREDICTION_LOG_SAMPLE_PERCENT,
      bufferRows: config.PREDICTION_LOG_BUFFER_ROWS,
      flushRows: config.PREDICTION_LOG_FLUSH_ROWS,
      flushIntervalMs: config.PREDICTION_LOG_FLUSH_INTERVAL_MS,
    },
    batchScoring: { chunkRows: config.BATCH_SCORING_CHUNK_ROWS },
  };
}
