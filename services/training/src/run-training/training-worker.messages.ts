import type {
  EpochReport,
  FeatureSetFiles,
  TrainedOnFeatureSet,
  TrainingBackend,
  TrainingConfig,
  TrainingStarted,
} from '@loopline/model-training';

export interface TrainingWorkerRequest {
  config: TrainingConfig;
  files: FeatureSetFiles;
  backend: TrainingBackend | 'auto';
}

/** The backend once chosen, then one report per epoch. */
export type TrainingWorkerProgress =
  { kind: 'started'; started: TrainingStarted } | { kind: 'epoch'; report: EpochReport };

export type TrainingWorkerResult = TrainedOnFeatureSet;
