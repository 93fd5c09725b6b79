/** Job kind of a batch's ingestion. */
export const INGEST_BATCH_JOB = 'ingest-batch';

/** What the ingestion job is given: the batch row holds the rest. */
export interface IngestBatchInput {
  batchId: string;
}
