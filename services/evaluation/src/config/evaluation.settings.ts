import type { TrainingBackend } from '@loopline/model-training';
import type { EvaluationConfig } from './evaluation.config';

/** What the evaluation slices need from the service's config, as one injectable value. */
export interface EvaluationSettings {
  bucket: string;
  workDir: string;
  backend: TrainingBackend | 'auto';
  gatePoliciesDir: string;
}

export const EVALUATION_SETTINGS = Symbol('EVALUATION_SETTINGS');

export function evaluationSettings(config: EvaluationConfig): EvaluationSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    workDir: config.EVALUATION_WORK_DIR,
    backend: config.EVALUATION_BACKEND,
    gatePoliciesDir: config.EVALUATION_GATE_POLICIES_DIR,
  };
}
