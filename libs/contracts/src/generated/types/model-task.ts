// Generated from schemas/ModelTrained.avsc, schemas/ModelVersionRegistered.avsc, schemas/TrainingRunStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** The learning task a model solves; decides which metrics apply. Readers map symbols they do not know to 'unknown'. */
export type ModelTask =
  'binary_classification' | 'multiclass_classification' | 'regression' | 'unknown';
