// Generated from schemas/ModelGateFailed.avsc, schemas/ModelGatePassed.avsc, schemas/ModelTrained.avsc, schemas/ModelVersionRegistered.avsc, schemas/RolloutCompleted.avsc, schemas/RolloutStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from. */
export interface ModelLineage {
  /** Identifier (UUID) of the training run that produced the model. */
  trainingRunId: string;
  /** Identifier of the materialized feature set the model was trained on. */
  featureSetId: string;
  /** Name of the feature view whose transforms produced the features. */
  featureViewName: string;
  /** Version of the feature view; its transform definition is saved with the model. */
  featureViewVersion: number;
  /** Name of the dataset the feature set was materialized from. */
  datasetName: string;
  /** Identifier of the immutable dataset version the feature set was materialized from. */
  datasetVersionId: string;
  /** Content hash (hex SHA-256) of that dataset version snapshot. */
  datasetContentSha256: string;
  /** Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits). */
  configHash: string;
  /** Git commit of the training code that ran. */
  codeCommit: string;
}
