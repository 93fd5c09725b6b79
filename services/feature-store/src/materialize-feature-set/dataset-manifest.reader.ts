import { ErrorKind, PlatformError } from '@loopline/errors';

const MANIFEST_FORMAT = 'loopline.dataset-manifest/v1';

/** A Parquet part of a dataset version, as ingestion's manifest lists it. */
export interface DatasetPartRef {
  uri: string;
  sha256: string;
  sizeBytes: number;
  rowCount: number;
}

/**
 * Reads the parts of ingestion's dataset manifest (`loopline.dataset-manifest/v1`), checking only
 * what the feature store relies on, so ingestion may add fields without breaking it.
 */
export function readDatasetParts(manifest: unknown): DatasetPartRef[] {
  const document = manifest as { format?: unknown; parts?: unknown };
  if (document?.format !== MANIFEST_FORMAT || !Array.isArray(document.parts)) {
    throw invalidManifest(`it is not a ${MANIFEST_FORMAT} document with a parts list`);
  }
  return document.parts.map((part: Partial<DatasetPartRef>, index) => {
    const valid =
      typeof part?.uri === 'string' &&
      typeof part.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(part.sha256) &&
      Number.isSafeInteger(part.sizeBytes) &&
      Number.isSafeInteger(part.rowCount);
    if (!valid) throw invalidManifest(`parts[${index}] lacks a uri, sha256, sizeBytes or rowCount`);
    return part as DatasetPartRef;
  });
}

function invalidManifest(why: string): PlatformError {
  return new PlatformError(
    'FEATURE_STORE.INVALID_DATASET_MANIFEST',
    `The dataset version's manifest cannot be read: ${why}. Re-ingest the batch so ingestion writes a current manifest.`,
    { kind: ErrorKind.Unprocessable },
  );
}
