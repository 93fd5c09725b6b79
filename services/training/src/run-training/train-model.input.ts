import type { TrainingTrigger } from '@loopline/contracts';

export const TRAIN_MODEL_JOB = 'train-model';

/**
 * One reason to train a model: a `TrainingRequested` event, or a newly materialized feature set
 * of a model with auto-train on (no request id then).
 */
export interface RunRequest {
  modelName: string;
  requestId: string | null;
  trigger: TrainingTrigger;
  reason: string;
  requestedBy: string;
  /** An exact feature set to train on; null means the newest of the configured view. */
  featureSetId: string | null;
  /** A feature view to train on; null means the one the configuration names. */
  featureViewName: string | null;
  /** A feature view version to train on; null means what the configuration says. */
  featureViewVersion: number | null;
  configOverrides: Record<string, string>;
}

/**
 * The input of a `train-model` job: the run, and the requests it answers (one, or several
 * coalesced while an earlier run of the model was training). The newest request decides the
 * feature set and overrides: it states the most recent intent.
 */
export interface TrainModelInput {
  runId: string;
  modelName: string;
  requests: RunRequest[];
}
