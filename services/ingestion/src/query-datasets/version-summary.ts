import type { DatasetVersion } from '../domain/dataset-version';

/** A dataset version in listings: identity, size, lineage and where its documents are. */
export interface VersionSummary {
  datasetVersionId: string;
  dataset: string;
  version: number;
  parentVersionId: string | null;
  /** The batch whose part this version added. */
  batchId: string;
  /** Every batch in the snapshot, oldest first. */
  sourceBatchIds: string[];
  contractVersion: number;
  rowCount: number;
  parts: number;
  contentSha256: string;
  eventTime: DatasetVersion['manifest']['eventTime'];
  warnings: DatasetVersion['warnings'];
  manifestUri: string;
  profileUri: string;
  createdAt: string;
}

export function toVersionSummary(version: DatasetVersion): VersionSummary {
  return {
    datasetVersionId: version.id,
    dataset: version.dataset,
    version: version.version,
    parentVersionId: version.parentId,
    batchId: version.batchId,
    sourceBatchIds: version.manifest.sourceBatchIds,
    contractVersion: version.contractVersion,
    rowCount: version.rowCount,
    parts: version.manifest.parts.length,
    contentSha256: version.contentSha256,
    eventTime: version.manifest.eventTime,
    warnings: version.warnings,
    manifestUri: version.manifestUri,
    profileUri: version.profileUri,
    createdAt: version.createdAt.toISOString(),
  };
}
