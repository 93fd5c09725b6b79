import type { TrainingConfig } from '@loopline/model-training';

/** Where a configuration version came from: a shipped file or an HTTP registration. */
export type TrainingConfigSource = 'file' | 'http';

/** One immutable version of a model's training configuration, as the registry keeps it. */
export interface StoredTrainingConfig {
  modelName: string;
  /** 1 for the first configuration of a model, then +1 for each change. */
  version: number;
  /** sha256 of the canonical configuration JSON: equal meaning, equal hash. */
  sha256: string;
  /** Normalized: every optional field holds its default. */
  config: TrainingConfig;
  source: TrainingConfigSource;
  /** Who registered it: the caller's X-Requested-By, or the service for a shipped file. */
  registeredBy: string;
  registeredAt: Date;
}

/** The outcome of a registration. */
export interface TrainingConfigRegistration {
  modelName: string;
  version: number;
  /** False when the configuration equals the newest version's (nothing new was stored). */
  created: boolean;
  config: TrainingConfig;
  sha256: string;
}
