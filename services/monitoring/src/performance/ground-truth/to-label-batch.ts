import type { GroundTruthObserved } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { isTabularFormat, TABULAR_FORMATS } from '@loopline/tabular';
import { PerformanceErrorCode } from '../performance-error-code';
import type { LabelBatch } from './label-batch';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256 = /^[0-9a-f]{64}$/i;

/** Checks a GroundTruthObserved beyond its schema, naming every problem for the dead letter. */
export function toLabelBatch(event: GroundTruthObserved): LabelBatch {
  const problems: string[] = [];
  if (!UUID.test(event.observationBatchId))
    problems.push(`observationBatchId must be a UUID (got '${event.observationBatchId}')`);
  if (!SHA256.test(event.labels.sha256)) problems.push('labels.sha256 must be 64 hex digits');
  if (!event.labels.uri.startsWith('s3://'))
    problems.push(`labels.uri must be an s3:// object URI (got '${event.labels.uri}')`);
  if (!isTabularFormat(event.format))
    problems.push(`format must be one of ${TABULAR_FORMATS.join(', ')} (got '${event.format}')`);
  if (event.joinKey.trim() === '') problems.push('joinKey must name a column');
  if (event.labelColumn.trim() === '') problems.push('labelColumn must name a column');
  if (event.joinKey === event.labelColumn)
    problems.push(`joinKey and labelColumn must be different columns (both '${event.joinKey}')`);
  if (problems.length > 0)
    throw new PlatformError(
      PerformanceErrorCode.InvalidGroundTruth,
      `GroundTruthObserved cannot be joined with predictions: ${problems.join('; ')}. Fix the producer and replay the message.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  return {
    batchId: event.observationBatchId.toLowerCase(),
    datasetName: event.datasetName,
    modelName: event.modelName,
    labels: { ...event.labels, sha256: event.labels.sha256.toLowerCase() },
    format: event.format as LabelBatch['format'],
    joinKey: event.joinKey,
    labelColumn: event.labelColumn,
    claimedRowCount: event.rowCount,
  };
}
