import type { ArtifactRef } from '@loopline/contracts';

export const BATCH_SCORES_FORMAT = 'loopline.batch-scores/v1';

/**
 * What a finished batch scoring job wrote: the model and dataset version, and every part in row
 * order with its sha256 and row count. Holds nothing about the run itself (no job id, no times),
 * so scoring the same version with the same model always gives the same manifest hash.
 */
export interface BatchScoresManifest {
  format: typeof BATCH_SCORES_FORMAT;
  model: { name: string; version: number; trainingRunId: string; artifact: ArtifactRef };
  datasetVersion: { id: string; name: string; version: number; manifest: ArtifactRef };
  rowCount: number;
  /** Part file layout: `row_index`, one Float32 column per output, `predicted`. */
  partFormat: string;
  outputs: string[];
  parts: {
    index: number;
    rowStart: number;
    rowCount: number;
    uri: string;
    sha256: string;
    sizeBytes: number;
  }[];
}
