// Generated from schemas/DatasetRejected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Broad reason a batch was rejected; the violations give the detail. Readers map symbols they do not know to 'unknown'. */
export type RejectionReason =
  | 'schema_mismatch'
  | 'validation_failed'
  | 'empty_batch'
  | 'unreadable'
  | 'checksum_mismatch'
  | 'unknown';
