import { createHash } from 'node:crypto';
import type { ColumnType } from './data-contract/column-type';

export const DATASET_MANIFEST_FORMAT = 'loopline.dataset-manifest/v1';

/** One content-addressed Parquet part of a snapshot, shared by every version that contains it. */
export interface DatasetPart {
  uri: string;
  sha256: string;
  sizeBytes: number;
  rowCount: number;
  /** The batch the part was made from. */
  batchId: string;
}

/**
 * What a dataset version is: its parts in order (the parent's, then the new batch's), the column
 * schema, and where it came from. Stored content-addressed next to the parts; readers load the
 * parts it lists and check each sha256.
 */
export interface DatasetManifest {
  format: typeof DATASET_MANIFEST_FORMAT;
  dataset: string;
  datasetVersionId: string;
  version: number;
  parentVersionId: string | null;
  dataContractVersion: number;
  columns: { name: string; type: ColumnType }[];
  columnSchemaSha256: string;
  rowCount: number;
  /** sha256 over the parts' hashes in order: equal content, equal hash. */
  contentSha256: string;
  eventTime: { column: string; start: number | null; end: number | null } | null;
  parts: DatasetPart[];
  sourceBatchIds: string[];
  createdAt: number;
}

export function columnSchemaSha256(columns: DatasetManifest['columns']): string {
  const canonical = columns.map((column) => `${column.name}:${column.type}`).join('\n');
  return createHash('sha256').update(canonical).digest('hex');
}

export function contentSha256(parts: readonly DatasetPart[]): string {
  return createHash('sha256')
    .update(parts.map((part) => part.sha256).join('\n'))
    .digest('hex');
}
