/** Why a batch was rejected; the names are the `RejectionReason` symbols of the event contract. */
export type RejectionReason =
  | 'schema_mismatch'
  | 'validation_failed'
  | 'empty_batch'
  | 'unreadable'
  | 'checksum_mismatch'
  | 'unknown';
