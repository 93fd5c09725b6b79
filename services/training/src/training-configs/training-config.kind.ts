import {
  parseTrainingConfig,
  type TrainingConfig,
  trainingConfigSha256,
} from '@loopline/model-training';
import type { DocumentKind } from '@loopline/versioned-documents';

/** Training configurations as documents, one name per model, for reading shipped files. */
export const TRAINING_CONFIG_KIND: DocumentKind<TrainingConfig> = {
  kind: 'training-config',
  label: 'training configuration',
  parse: (json, expectedName) => parseTrainingConfig(json, { expectedModelName: expectedName }),
  sha256: trainingConfigSha256,
  nameOf: (config) => config.modelName,
};
