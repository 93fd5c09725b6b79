import type { ArtifactRef } from '@loopline/contracts';
import type { BatchScoringJobRow } from './batch-scoring-job.row';

/** A batch scoring job as GET /batch-scoring-jobs shows it. */
export interface BatchScoringJobView {
  id: string;
  modelName: string;
  modelVersion: number;
  trainingRunId: string;
  datasetVersionId: string;
  state: string;
  rowsScored: number;
  totalRows: number;
  partsDone: number;
  partsTotal: number;
  output: ArtifactRef | null;
  error: { code: string; message: string } | null;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export function toJobView(
  row: BatchScoringJobRow,
  progress: { partsDone: number; rowsScored: number },
): BatchScoringJobView {
  return {
    id: row.id,
    modelName: row.modelName,
    modelVersion: row.modelVersion,
    trainingRunId: row.trainingRunId,
    datasetVersionId: row.datasetVersionId,
    state: row.state,
    rowsScored: progress.rowsScored,
    totalRows: row.totalRows,
    partsDone: progress.partsDone,
    partsTotal: row.partsTotal,
    output: row.output,
    error: row.error,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
