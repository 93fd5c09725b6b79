import type { Job } from '../domain/job';

/** Input of the test's training job. */
export interface TrainModelInput {
  featureSetId: string;
}

export interface TrainModelResult {
  modelUri: string;
  trainedForMs: number;
}

/** What the test job does on a given call (1 for the first attempt): work, throw, or hang. */
export type JobBehaviour = (
  job: Job<TrainModelInput>,
  call: number,
  signal: AbortSignal,
) => Promise<void>;

/** One handled consumer callback: how long it took, and which job it enqueued. */
export interface ConsumedRecord {
  eventId: string;
  jobId?: string;
  durationMs: number;
  returnedAt: number;
}

/**
 * Scripts the test job and records what really ran. Several apps in one test may share one
 * script, so overlapping runs of one job across workers show up in `overlaps`.
 */
export class JobScript {
  readonly calls = new Map<string, number>();
  readonly running = new Set<string>();
  /** Job ids that started while another run of the same job was still going. */
  readonly overlaps: string[] = [];
  /** Worker id of every run, by job id. */
  readonly ranBy = new Map<string, string[]>();
  readonly aborts: { jobId: string; reason: unknown }[] = [];
  readonly consumed: ConsumedRecord[] = [];
  behave: JobBehaviour = async () => undefined;

  callsFor(jobId: string): number {
    return this.calls.get(jobId) ?? 0;
  }
}
