import { isDatasetName, isUuid } from '../domain/identifiers';
import type { DataBatchSubmitted } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { isTabularFormat, TABULAR_FORMATS } from '@loopline/tabular';
import type { BatchSubmission } from '../domain/batch';

const SHA256 = /^[0-9a-f]{64}$/;

/** Checks a DataBatchSubmitted beyond its schema, naming every problem for the dead letter. */
export function toBatchSubmission(event: DataBatchSubmitted): BatchSubmission {
  const problems: string[] = [];
  if (!isDatasetName(event.datasetName)) {
    problems.push(`datasetName must be kebab-case, 1-63 characters (got '${event.datasetName}')`);
  }
  if (!isUuid(event.batchId)) problems.push(`batchId must be a UUID (got '${event.batchId}')`);
  const sha256 = event.batch.sha256.toLowerCase();
  if (!SHA256.test(sha256)) problems.push('batch.sha256 must be 64 hex digits');
  if (!isTabularFormat(event.format)) {
    problems.push(`format must be one of ${TABULAR_FORMATS.join(', ')} (got '${event.format}')`);
  }
  const contractVersion =
    event.dataContractVersion === null ? null : Number(event.dataContractVersion);
  if (contractVersion !== null && !(Number.isInteger(contractVersion) && contractVersion > 0)) {
    problems.push(
      `dataContractVersion must be a positive whole number or null (got '${event.dataContractVersion}')`,
    );
  }
  if (problems.length > 0) {
    throw new PlatformError(
      'INGESTION.INVALID_BATCH_SUBMISSION',
      `DataBatchSubmitted cannot be ingested: ${problems.join('; ')}. Fix the producer and replay the message.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  }
  return {
    batchId: event.batchId.toLowerCase(),
    dataset: event.datasetName,
    raw: { ...event.batch, sha256 },
    format: event.format as BatchSubmission['format'],
    intake: 'event',
    source: event.source,
    claimedRowCount: event.rowCount,
    contractVersion,
    submittedAt: new Date(event.submittedAt),
  };
}
