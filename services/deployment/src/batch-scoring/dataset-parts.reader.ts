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
 * The parts of ingestion's dataset manifest (`loopline.dataset-manifest/v1`), checking only what
 * batch scoring relies on, so ingestion may add fields without breaking it.
 */
export function readDatasetParts(manifest: unknown): DatasetPartRef[] {
  const document = manifest as { format?: unknown; parts?: unknown } | null;
  if (document?.format !== MANIFEST_FORMAT || !Array.isArray(document.parts))
    throw invalidManifest(`it is not a ${MANIFEST_FORMAT} document with a parts list`);
  return document.parts.map((part: Partial<DatasetPartRef>, index) => {
    const valid =
      typeof part?.uri === 'string' &&
      typeof part.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(part.sha256) &&
      Number.isSafeInteger(part.rowCount);
    if (!valid) throw invalidManifest(`parts[${index}] lacks a uri, sha256 or rowCount`);
    return part as DatasetPartRef;
  });
}

function invalidManifest(why: string): PlatformError {
  return new PlatformError(
    'DEPLOYMENT.INVALID_DATASET_MANIFEST',
    `The dataset version's manifest cannot be read: ${why}. Re-ingest the data so ingestion writes a current manifest, then start the job again.`,
    { kind: ErrorKind.Unprocessable },
  );
}
