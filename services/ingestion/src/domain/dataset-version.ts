import type { DataProfile } from '@loopline/stats';
import type { Violation } from '../validation';
import type { DatasetManifest } from './dataset-manifest';

/** A committed dataset version as the service keeps it. */
export interface DatasetVersion {
  id: string;
  dataset: string;
  version: number;
  parentId: string | null;
  batchId: string;
  contractVersion: number;
  rowCount: number;
  contentSha256: string;
  manifest: DatasetManifest;
  manifestUri: string;
  profile: DataProfile;
  profileUri: string;
  warnings: Violation[];
  createdAt: Date;
}

/** A submitted batch with its outcome so far. */
export interface BatchRecord {
  batchId: string;
  dataset: string;
  contentSha256: string;
  contractVersion: number;
  format: string;
  raw: { uri: string; sha256: string; sizeBytes: number; mediaType: string };
  intake: string;
  source: string;
  claimedRowCount: number | null;
  submittedAt: Date;
  status: 'pending' | 'versioned' | 'rejected' | 'duplicate';
  duplicateOf: string | null;
  datasetVersionId: string | null;
  rejectionReason: string | null;
  violations: Violation[];
  rowCount: number | null;
  profile: DataProfile | null;
  finishedAt: Date | null;
}
