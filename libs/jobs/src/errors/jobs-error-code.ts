/** Stable codes raised by the jobs library itself. */
export const JobsErrorCode = {
  /** A job kind with no `@JobHandler` in this service: a typo, or a handler not registered. */
  UnknownKind: 'JOBS.UNKNOWN_KIND',
  /** Two `@JobHandler` classes claim the same kind. */
  DuplicateHandler: 'JOBS.DUPLICATE_HANDLER',
  /** A state change the job lifecycle does not allow (a bug in the caller). */
  IllegalTransition: 'JOBS.ILLEGAL_TRANSITION',
  /** The worker running a job stopped renewing its lease (it crashed or lost the database). */
  LeaseExpired: 'JOBS.LEASE_EXPIRED',
  /** Another worker took the job over; this worker's result is discarded. */
  LeaseLost: 'JOBS.LEASE_LOST',
  /** Options that cannot work (a lease shorter than its renewal, a concurrency of 0). */
  InvalidOptions: 'JOBS.INVALID_OPTIONS',
} as const;
