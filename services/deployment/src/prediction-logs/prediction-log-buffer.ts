import type { ServedPrediction } from '../serving/served-prediction';

/** Predictions of one model version on one endpoint in one role: what one log file holds. */
export interface PredictionGroup {
  modelName: string;
  modelVersion: number | null;
  trainingRunId: string;
  role: ServedPrediction['role'];
  rolloutId: string | null;
  endpointName: string;
  rows: ServedPrediction[];
}

/** Rows taken out by `drain`, to hand back with `settle` (written) or `restore` (retry). */
export interface DrainedRows {
  groups: PredictionGroup[];
  rowCount: number;
}

export interface PredictionLogBufferOptions {
  /** Most rows held, those being written included; beyond it offers are dropped and counted. */
  capacity: number;
  /** Share of predictions kept, 0 to 100; chosen from the prediction id, so replicas agree. */
  samplePercent: number;
}

/**
 * The bounded in-memory queue between the serving path and the log writer. `offer` is O(1), never
 * blocks and never throws: a full buffer drops the prediction and counts it, because a slow object
 * store must never slow a prediction. Rows being written still count against the bound until
 * they are settled, so a retry never pushes the buffer past it.
 */
export class PredictionLogBuffer {
  private queue: ServedPrediction[] = [];
  private inFlight = 0;
  private droppedRows = 0;
  private sampledOutRows = 0;

  constructor(private readonly options: PredictionLogBufferOptions) {}

  /** True when the prediction was queued; false when sampled out or dropped. */
  offer(prediction: ServedPrediction): boolean {
    try {
      if (!isSampled(prediction.predictionId, this.options.samplePercent)) {
        this.sampledOutRows++;
        return false;
      }
      if (this.queue.length + this.inFlight >= this.options.capacity) {
        this.droppedRows++;
        return false;
      }
      this.queue.push(prediction);
      return true;
    } catch {
      // A malformed record (no predictionId) is lost, never thrown at the caller.
      this.droppedRows++;
      return false;
    }
  }

  /** Rows waiting to be written (not those being written). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Rows dropped since start because the buffer was full. */
  get dropped(): number {
    return this.droppedRows;
  }

  get sampledOut(): number {
    return this.sampledOutRows;
  }

  /** Takes up to `max` of the oldest waiting rows, grouped by what one log file holds. */
  drain(max: number): DrainedRows {
    const taken = this.queue.length <= max ? this.queue : this.queue.slice(0, max);
    this.queue = taken === this.queue ? [] : this.queue.slice(max);
    this.inFlight += taken.length;
    return { groups: groupPredictions(taken), rowCount: taken.length };
  }

  /** The rows were written: they no longer count against the bound. */
  settle(rowCount: number): void {
    this.inFlight = Math.max(0, this.inFlight - rowCount);
  }

  /** The rows could not be written: they go back to the front, to be retried first. */
  restore(rows: readonly ServedPrediction[]): void {
    this.settle(rows.length);
    this.queue = [...rows, ...this.queue];
  }

  /** Counts rows given up on (a file that can never be written), as drops. */
  discard(rowCount: number): void {
    this.settle(rowCount);
    this.droppedRows += rowCount;
  }
}

/** Groups rows by model version, endpoint, role and rollout, each group in arrival order. */
export function groupPredictions(rows: readonly ServedPrediction[]): PredictionGroup[] {
  const groups = new Map<string, PredictionGroup>();
  for (const row of rows) {
    const key = JSON.stringify([
      row.modelName,
      row.modelVersion,
      row.trainingRunId,
      row.role,
      row.rolloutId,
      row.endpointName,
    ]);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        modelName: row.modelName,
        modelVersion: row.modelVersion,
        trainingRunId: row.trainingRunId,
        role: row.role,
        rolloutId: row.rolloutId,
        endpointName: row.endpointName,
        rows: [],
      };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/**
 * Deterministic sampling: FNV-1a of the prediction id, bucketed into 100. The same prediction
 * is kept or skipped alike on every replica and every replay.
 */
export function isSampled(predictionId: string, samplePercent: number): boolean {
  if (samplePercent >= 100) return true;
  if (samplePercent <= 0) return false;
  let hash = 0x811c9dc5;
  for (let i = 0; i < predictionId.length; i++) {
    hash ^= predictionId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 100 < samplePercent;
}
