import type { ArtifactRef, ModelTask } from '@loopline/contracts';

/** A trained model version as monitoring knows it (from `ModelTrained` and its evaluation). */
export interface MonitoredVersion {
  trainingRunId: string;
  modelName: string;
  /** Registry number, once a `ModelVersionRegistered` or a prediction log named it. */
  modelVersion: number | null;
  task: ModelTask;
  featureSetId: string;
  featureViewName: string;
  featureViewVersion: number;
  datasetName: string;
  datasetVersionId: string;
  /** The run's held-out test metrics (accuracy, roc_auc, …): the baseline realized metrics meet. */
  testMetrics: Record<string, number>;
  /** Transform bundle saved with the model: the label rule and classes live there. */
  transform: ArtifactRef;
  /** Evaluation report (its plots give the output distribution on the test split), once evaluated. */
  evaluationReport: ArtifactRef | null;
}

/** A materialized feature set (from `FeatureSetMaterialized`). */
export interface KnownFeatureSet {
  featureSetId: string;
  featureViewName: string;
  featureViewVersion: number;
  datasetName: string;
  datasetVersionId: string;
  /** Null for feature sets materialized before drift references were written. */
  driftReference: ArtifactRef | null;
  /** Epoch milliseconds. */
  materializedAt: number;
}

/** The version serving all of a model's traffic (from `RolloutCompleted`). */
export interface ServingChampion {
  modelName: string;
  trainingRunId: string;
  modelVersion: number | null;
  rolloutId: string;
  /** Epoch milliseconds. */
  since: number;
}
