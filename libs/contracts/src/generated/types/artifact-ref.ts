// Generated from schemas/DataBatchSubmitted.avsc, schemas/DatasetRejected.avsc, schemas/DatasetVersionCreated.avsc, schemas/DriftDetected.avsc, schemas/FeatureSetMaterialized.avsc, schemas/FeatureViewRegistered.avsc, schemas/GroundTruthObserved.avsc, schemas/ModelGateFailed.avsc, schemas/ModelGatePassed.avsc, schemas/ModelTrained.avsc, schemas/ModelVersionRegistered.avsc, schemas/MonitoringWindowSummarized.avsc, schemas/PredictionsLogged.avsc, schemas/RolloutStarted.avsc, schemas/TrainingFailed.avsc, schemas/TrainingRunStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** A content-addressed object in the object store. Large payloads travel as a reference, never inline; consumers verify the sha256 when they load the object. */
export interface ArtifactRef {
  /** Object-store URI of the object, e.g. s3://loopline-datasets/flights/sha256/ab12.../data.parquet. */
  uri: string;
  /** Lower-case hex SHA-256 of the object bytes; the object is rejected on load if it does not match. */
  sha256: string;
  /** Size of the object in bytes. */
  sizeBytes: number;
  /** IANA media type of the object, e.g. application/vnd.apache.parquet or application/json. */
  mediaType: string;
}
