import type { TrackedRun } from './tracked-run';

/** A search as the API receives it: MLflow-style filter and order, a page size and token. */
export interface RunSearchQuery {
  filter?: string;
  orderBy?: string;
  /** 1 to MAX_SEARCH_LIMIT; DEFAULT_SEARCH_LIMIT when absent. */
  limit?: number;
  pageToken?: string;
}

export const DEFAULT_SEARCH_LIMIT = 100;
export const MAX_SEARCH_LIMIT = 1000;

export interface RunSearchPage {
  runs: TrackedRun[];
  /** Pass as pageToken (with the same filter and orderBy) for the next page; null on the last. */
  nextPageToken: string | null;
}

/** A metric's value at one step, as history returns it. */
export interface MetricHistoryPoint {
  step: number;
  value: number;
  timestamp: number;
}

export interface MetricHistory {
  runId: string;
  key: string;
  /** Every point logged for the key, before any downsampling. */
  totalPoints: number;
  downsampled: boolean;
  points: MetricHistoryPoint[];
}

/** One metric key of a run: how many points, its range and its value at the last step. */
export interface MetricSummary {
  key: string;
  count: number;
  lastStep: number;
  lastValue: number;
  min: number;
  max: number;
  lastRecordedAt: Date;
}
