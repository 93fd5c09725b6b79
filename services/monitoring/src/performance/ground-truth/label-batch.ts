import type { ArtifactRef } from '@loopline/contracts';
import type { TabularFormat } from '@loopline/tabular';

/** A labels file to load, as `GroundTruthObserved` announced it. */
export interface LabelBatch {
  batchId: string;
  datasetName: string;
  modelName: string | null;
  labels: ArtifactRef;
  format: TabularFormat;
  joinKey: string;
  labelColumn: string;
  claimedRowCount: number;
}

/** What loading a labels file did; kept on the batch and shown over HTTP. */
export interface LabelLoadSummary {
  rows: number;
  joined: number;
  duplicates: number;
  pending: number;
  rejected: number;
  /** The first rejected rows (1-based row numbers of the file) with why. */
  rejections: { row: number; reason: string }[];
  models: string[];
  degradedWindows: string[];
}
