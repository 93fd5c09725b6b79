/** Lifecycle of a batch scoring job, as its HTTP view shows it. */
export enum BatchScoringState {
  /** Accepted, waiting for a worker (or for a retry after a failure). */
  Queued = 'queued',
  /** Parts are being scored; `partsDone` grows as each one is stored. */
  Running = 'running',
  /** Every part and the manifest are stored; `output` names the manifest. */
  Succeeded = 'succeeded',
  /** Given up; `error` says why and what to do. */
  Failed = 'failed',
}
