import type { ArtifactRef } from './artifact-ref';

/**
 * A dataset version as the feature store knows it, from ingestion's DatasetVersionCreated: enough
 * to find its parts (through the manifest) and to say which content a feature set was made from.
 */
export interface DatasetVersionRef {
  id: string;
  dataset: string;
  version: number;
  contentSha256: string;
  manifest: ArtifactRef;
  rowCount: number;
  createdAt: Date;
}
