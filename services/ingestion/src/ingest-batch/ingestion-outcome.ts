import type { DataProfile } from '@loopline/stats';
import type { ObjectRef } from '../domain/batch';
import type { DatasetManifest } from '../domain/dataset-manifest';
import type { RejectionReason } from '@loopline/contracts';
import type { Violation } from '../validation';

/** A batch that became a version: everything the commit writes and publishes. Small (KBs). */
export interface VersionedOutcome {
  kind: 'versioned';
  manifest: DatasetManifest;
  manifestRef: ObjectRef;
  profile: DataProfile;
  profileRef: ObjectRef;
  batchProfile: DataProfile;
  batchRowCount: number;
  warnings: Violation[];
}

export interface RejectedOutcome {
  kind: 'rejected';
  reason: RejectionReason;
  violations: Violation[];
  batchRowCount: number | null;
}

export type IngestionOutcome = VersionedOutcome | RejectedOutcome;
