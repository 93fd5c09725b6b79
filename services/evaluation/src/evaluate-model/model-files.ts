import type { ModelSignature } from '@loopline/model-training';

/** A stored model brought to local disk, each file verified against its sha256. */
export interface LocalModelFiles {
  modelJson: string;
  weights: string;
  transformSpec: string;
  signature: ModelSignature;
  /** Bytes of every file of the stored artifact (topology, weights, transform, signature). */
  sizeBytes: number;
}
