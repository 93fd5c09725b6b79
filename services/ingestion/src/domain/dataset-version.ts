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
