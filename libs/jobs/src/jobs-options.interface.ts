import type { JobBackoff } from './domain/job-failure.policy';

/** Options of `JobsModule.forRoot`; services build them from their config module. */
export interface JobsOptions {
  /**
   * Run the worker in this process (default true). A process that only enqueues (a CLI, a
   * replica dedicated to consuming) turns it off; the jobs then run wherever a worker is.
   */
  workerEnabled?: boolean;
  /** Names this process in `jobs.lease_owner`; default `<hostname>/<pid>/<random>`. */
  workerId?: string;
  /** Jobs this worker runs at once (default 1). */
  concurrency?: number;
  /**
   * How long a claim holds without renewal (default 30 s). The worker renews every third of
   * it; a job whose worker died is taken over once it runs out.
   */
  leaseMs?: number;
  /** Safety-net poll when no NOTIFY arrives (default 5 s). */
  pollIntervalMs?: number;
  /** On shutdown, how long running jobs get to finish or stop (default 10 s); then leases lapse. */
  shutdownGraceMs?: number;
  /** Attempts of a job, the first included (default 3); `enqueue` may set it per job. */
  maxAttempts?: number;
  /** Delay before a retry after a retriable failure or a crash. */
  backoff?: Partial<JobBackoff>;
}

/** Options with every default applied. */
export interface ResolvedJobsOptions {
  workerEnabled: boolean;
  workerId: string;
  concurrency: number;
  leaseMs: number;
  renewEveryMs: number;
  pollIntervalMs: number;
  shutdownGraceMs: number;
  maxAttempts: number;
  backoff: JobBackoff;
}
