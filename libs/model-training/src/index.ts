export * from './config/training-config';
export { TrainingConfigErrorCode } from './config/training-config-error-code';
export {
  parseTrainingConfig,
  type ParseTrainingConfigOptions,
} from './config/parse-training-config';
export {
  canonicalTrainingConfigJson,
  trainingConfigSha256,
} from './config/canonical-training-config';
export { applyConfigOverrides } from './config/apply-config-overrides';
export { trainingHyperparameters } from './config/training-hyperparameters';
export * from './engine/train-model.types';
export {
  selectBackend,
  BACKEND_PREFERENCE,
  type BackendSelection,
  type RejectedBackend,
} from './backend';
export { permuteRows, deriveSeed, seededPermutation, splitMatrixFromFeatureSet } from './data';
export { buildModel, loadModel, predictRows, saveModel, WEIGHTS_FILE } from './model';
export { learningRateAt, trainModel, TrainingErrorCode } from './engine';
export * from './artifact/model-artifact';
export { modelSignature } from './artifact/model-signature';
export {
  fetchModelFiles,
  type FetchedModelFiles,
  parseModelManifest,
  type VerifyingObjectReader,
} from './artifact/fetch-model-files';
export { evaluatePredictions, type SplitEvaluation } from './evaluate/evaluate-predictions';
export {
  trainOnFeatureSet,
  type FeatureSetFiles,
  type TrainedOnFeatureSet,
  type TrainingStarted,
  type TrainOnFeatureSetRequest,
} from './pipeline/train-on-feature-set';
export { ScoringModel, type ScoringModelFiles } from './serving/scoring-model';
