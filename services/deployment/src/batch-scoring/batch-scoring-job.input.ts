import type { ArtifactRef } from '@loopline/contracts';

export const BATCH_SCORING_JOB = 'batch-scoring';

/** What the queued job carries: the job row holds everything else. */
export interface BatchScoringJobInput {
  batchScoringJobId: string;
}

/** What a finished run returns (stored as the job's result). */
export interface BatchScoringOutcome {
  output: ArtifactRef;
  rowsScored: number;
  /** Parts this run wrote; parts an earlier, interrupted run stored are skipped. */
  partsWritten: number;
}
