import type { ScoringModelFiles, TrainingBackend } from '@loopline/model-training';

/** What the scoring thread needs: the model, the dataset's local Parquet parts, the cut. */
export interface BatchScoringWorkerRequest {
  backend: TrainingBackend | 'auto';
  model: ScoringModelFiles;
  parquetFiles: string[];
  /** Where part files are written, one per chunk, before the service stores them. */
  outputDirectory: string;
  chunkRows: number;
  /** Parts an earlier run stored already: not scored again. */
  skipParts: number[];
}

/** One part written to local disk, for the service to store and record. */
export interface ScoredPartWritten {
  partIndex: number;
  rowStart: number;
  rowCount: number;
  path: string;
}

export interface BatchScoringWorkerResult {
  rowCount: number;
  partsTotal: number;
  partsWritten: number;
  /** Milliseconds per stage: read, aggregate, score (transform and predict), write. */
  timings: Record<string, number>;
  backend: string;
}
