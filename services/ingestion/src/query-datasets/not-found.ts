import { ErrorKind, PlatformError } from '@loopline/errors';

export function datasetVersionNotFound(dataset: string, version: string | number): PlatformError {
  return new PlatformError(
    'INGESTION.DATASET_VERSION_NOT_FOUND',
    `Dataset ${dataset} has no version ${version}; GET /datasets/${dataset}/versions lists its versions.`,
    { kind: ErrorKind.NotFound, details: { dataset, version } },
  );
}

export function batchNotFound(dataset: string, batchId: string): PlatformError {
  return new PlatformError(
    'INGESTION.BATCH_NOT_FOUND',
    `Dataset ${dataset} has no batch ${batchId}; GET /datasets/${dataset}/batches lists its batches.`,
    { kind: ErrorKind.NotFound, details: { dataset, batchId } },
  );
}

export function dataContractNotFound(dataset: string, version?: string): PlatformError {
  return new PlatformError(
    'INGESTION.DATA_CONTRACT_NOT_FOUND',
    version === undefined
      ? `Dataset ${dataset} has no data contract; register one with POST /data-contracts.`
      : `Dataset ${dataset} has no data contract v${version}; GET /data-contracts/${dataset} lists its versions.`,
    { kind: ErrorKind.NotFound, details: { dataset, version } },
  );
}

/** A version number from the path: a positive whole number. */
export function parseVersionNumber(dataset: string, text: string): number {
  const version = Number(text);
  if (!/^\d+$/.test(text) || version < 1) throw datasetVersionNotFound(dataset, text);
  return version;
}
