import type { BatchRecord } from '../domain/batch';
import type { Violation } from '../validation';

/** A batch as the HTTP API shows it: what became of it and where to look next. */
export interface BatchView {
  batchId: string;
  dataset: string;
  status: 'pending' | 'versioned' | 'rejected';
  /** Set when this submission repeated an earlier batch, whose outcome this is. */
  duplicateOf: string | null;
  format: string;
  contractVersion: number;
  sha256: string;
  sizeBytes: number;
  submittedAt: string;
  finishedAt: string | null;
  rowCount: number | null;
  datasetVersionId: string | null;
  version: number | null;
  reason: string | null;
  /** Errors of a rejected batch, or the warnings recorded on a versioned one. */
  violations: Violation[];
  links: { self: string; version: string | null };
}

/** `original` is the batch whose outcome counts (itself unless `submitted` was a duplicate). */
export function toBatchView(
  submitted: BatchRecord,
  original: BatchRecord,
  version: number | null,
): BatchView {
  const status = original.status === 'duplicate' ? 'pending' : original.status;
  const base = `/datasets/${submitted.dataset}`;
  return {
    batchId: submitted.batchId,
    dataset: submitted.dataset,
    status,
    duplicateOf: submitted.batchId === original.batchId ? null : original.batchId,
    format: submitted.format,
    contractVersion: submitted.contractVersion,
    sha256: submitted.contentSha256,
    sizeBytes: submitted.raw.sizeBytes,
    submittedAt: submitted.submittedAt.toISOString(),
    finishedAt: original.finishedAt?.toISOString() ?? null,
    rowCount: original.rowCount,
    datasetVersionId: original.datasetVersionId,
    version,
    reason: original.rejectionReason,
    violations: original.violations,
    links: {
      self: `${base}/batches/${submitted.batchId}`,
      version: version === null ? null : `${base}/versions/${version}`,
    },
  };
}
