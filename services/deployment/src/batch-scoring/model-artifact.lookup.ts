import type { ArtifactRef } from '@loopline/contracts';

/** A registered model version's stored artifact (`ModelVersionRegistered`). */
export interface ModelArtifact {
  artifact: ArtifactRef;
  trainingRunId: string;
  modelVersion: number;
}

/**
 * Where batch scoring finds a model version's artifact: the service's projection of the
 * registry's events, provided by the service wiring under MODEL_ARTIFACT_LOOKUP.
 */
export interface ModelArtifactLookup {
  find(modelName: string, modelVersion: number): Promise<ModelArtifact | null>;
}

export const MODEL_ARTIFACT_LOOKUP = Symbol('MODEL_ARTIFACT_LOOKUP');
