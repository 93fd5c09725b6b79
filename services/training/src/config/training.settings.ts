import { execFileSync } from 'node:child_process';
import type { TrainingBackend } from '@loopline/model-training';
import type { TrainingConfig } from './training.config';

/** What the training slices need from the service's config, as one injectable value. */
export interface TrainingSettings {
  bucket: string;
  workDir: string;
  backend: TrainingBackend | 'auto';
  /** Git commit recorded in every run's lineage. */
  codeCommit: string;
}

export const TRAINING_SETTINGS = Symbol('TRAINING_SETTINGS');

export function trainingSettings(config: TrainingConfig): TrainingSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    workDir: config.TRAINING_WORK_DIR,
    backend: config.TRAINING_BACKEND,
    codeCommit: config.TRAINING_CODE_COMMIT ?? checkoutCommit() ?? 'unknown',
  };
}

/** The commit of the checkout the service runs from, when it runs from one. */
function checkoutCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: __dirname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined; // an image without git sets TRAINING_CODE_COMMIT instead
  }
}
