import type { DataProfile } from '@loopline/stats';
import type { TabularFormat } from '@loopline/tabular';
import type { Violation } from '../validation';

/** Where a batch came from. */
export type BatchIntake = 'http' | 'event';

/**
 * `pending` until its ingestion ends in `versioned` or `rejected`. `duplicate`: the same bytes
 * under the same contract version were submitted before, and that batch's outcome is this one's.
 */
export type BatchStatus = 'pending' | 'versioned' | 'rejected' | 'duplicate';

/** A reference to an object in the object store, as the event contracts carry it. */
export interface ObjectRef {
  uri: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

/** A batch as submitted, before anything is known about its content. */
export interface BatchSubmission {
  batchId: string;
  dataset: string;
  /** The producer's claim for event intake (checked on load); what was received for HTTP. */
  raw: ObjectRef;
  format: TabularFormat;
  intake: BatchIntake;
  source: string;
  claimedRowCount: number | null;
  /** Null: the newest registered version. */
  contractVersion: number | null;
  submittedAt: Date;
}

/** A submitted batch with its outcome so far. */
export interface BatchRecord {
  batchId: string;
  dataset: string;
  contentSha256: string;
  contractVersion: number;
  format: string;
  raw: ObjectRef;
  intake: string;
  source: string;
  claimedRowCount: number | null;
  submittedAt: Date;
  status: BatchStatus;
  duplicateOf: string | null;
  datasetVersionId: string | null;
  rejectionReason: string | null;
  violations: Violation[];
  rowCount: number | null;
  profile: DataProfile | null;
  finishedAt: Date | null;
}
