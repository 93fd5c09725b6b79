import type { ArtifactRef, ModelLineage } from '@loopline/contracts';

/** Everything a rollout needs to serve a model version, from the events that announced it. */
export interface DeployableModel {
  modelName: string;
  /** Registry version; null while the registry has not numbered the training run yet. */
  modelVersion: number | null;
  trainingRunId: string;
  artifact: ArtifactRef;
  transform: ArtifactRef;
  lineage: ModelLineage;
}

/** How a model version is named in messages: `flights-delay v3` or `flights-delay run 5b0e…`. */
export function describeModel(
  model: Pick<DeployableModel, 'modelName' | 'modelVersion' | 'trainingRunId'>,
): string {
  return model.modelVersion === null
    ? `${model.modelName} run ${model.trainingRunId}`
    : `${model.modelName} v${model.modelVersion}`;
}
