import type { RawBatch } from '@loopline/features';
import { concatRawBatches } from './concat-raw-batches';

interface Pending {
  batch: RawBatch;
  resolve: (outputs: Float32Array) => void;
  reject: (error: unknown) => void;
}

export interface MicroBatcherOptions {
  maxBatchSize: number;
  /** 0: score what has arrived by the next turn of the event loop. */
  maxWaitMs: number;
  /** Scores rows, row-major outputs of `outputWidth` per row. Synchronous: one model call. */
  score: (batch: RawBatch) => Float32Array;
  outputWidth: number;
  /** Told the size of every model call, for the batch-size histogram. */
  onBatch?: (rows: number) => void;
}

/**
 * Gathers the rows of concurrent requests into one model call: a call runs when `maxBatchSize`
 * rows wait or the first waiting row has waited `maxWaitMs`. One-row calls cost about as much as
 * 64-row ones, so under load this is where throughput comes from; with one request in flight
 * it adds at most `maxWaitMs`.
 */
export class MicroBatcher {
  private queue: Pending[] = [];
  private queuedRows = 0;
  private timer: NodeJS.Timeout | NodeJS.Immediate | null = null;

  constructor(private readonly options: MicroBatcherOptions) {}

  /** The outputs for `batch`'s rows, row-major. */
  score(batch: RawBatch): Promise<Float32Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.queuedRows += batch.rowCount;
      if (this.queuedRows >= this.options.maxBatchSize) this.flush();
      else if (this.timer === null)
        this.timer =
          this.options.maxWaitMs === 0
            ? setImmediate(() => this.flush())
            : setTimeout(() => this.flush(), this.options.maxWaitMs);
    });
  }

  private flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
      this.timer = null;
    }
    const pending = this.queue;
    this.queue = [];
    this.queuedRows = 0;
    if (pending.length === 0) return;
    let outputs: Float32Array;
    try {
      const batch = concatRawBatches(pending.map((each) => each.batch));
      this.options.onBatch?.(batch.rowCount);
      outputs = this.options.score(batch);
    } catch (error) {
      // One bad request must not fail its neighbours: score each alone to find it.
      if (pending.length > 1) for (const each of pending) this.scoreAlone(each);
      else pending[0].reject(error);
      return;
    }
    const width = this.options.outputWidth;
    let row = 0;
    for (const each of pending) {
      each.resolve(outputs.subarray(row * width, (row + each.batch.rowCount) * width));
      row += each.batch.rowCount;
    }
  }

  private scoreAlone(pending: Pending): void {
    try {
      pending.resolve(this.options.score(pending.batch));
    } catch (error) {
      pending.reject(error);
    }
  }
}
