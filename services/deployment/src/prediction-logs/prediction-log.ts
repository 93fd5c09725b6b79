import { isOutage, toPlatformError } from '@loopline/errors';
import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import type { ServedPrediction } from '../serving/served-prediction';
import { PredictionLogBuffer, type PredictionGroup } from './prediction-log-buffer';
import { PredictionLogMetrics } from './prediction-log.metrics';
import { PredictionLogWriter } from './prediction-log.writer';

const FIRST_RETRY_MS = 200;
const LONGEST_RETRY_MS = 30_000;

/**
 * The prediction log: `record` queues a served prediction (O(1), never awaits, never throws) and
 * a flusher writes what is waiting as one file per model version, endpoint and role once
 * `flushRows` are waiting or `flushIntervalMs` has passed. A failed write (object store or database
 * down) puts its rows back and retries with exponential backoff; meanwhile the buffer fills up to
 * its bound and then drops, counting. What is waiting is written on shutdown, before the outbox's
 * last flush.
 */
@Injectable()
export class PredictionLog implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PredictionLog.name);
  private readonly buffer: PredictionLogBuffer;
  private readonly flushRows: number;
  private timer?: NodeJS.Timeout;
  private flushing: Promise<boolean> | null = null;
  private scheduled = false;
  private retryDelayMs = 0;
  private retryAt = 0;
  private closed = false;

  constructor(
    private readonly writer: PredictionLogWriter,
    private readonly metrics: PredictionLogMetrics,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {
    const { bufferRows, samplePercent, flushRows } = settings.predictionLog;
    this.buffer = new PredictionLogBuffer({ capacity: bufferRows, samplePercent });
    this.flushRows = flushRows;
  }

  onModuleInit(): void {
    const interval = this.settings.predictionLog.flushIntervalMs;
    this.timer = setInterval(() => this.flushSoon(), interval);
    this.timer.unref();
  }

  /** Queues one prediction for the log; drops (and counts) it when the buffer is full. */
  record(prediction: ServedPrediction): void {
    const dropped = this.buffer.dropped;
    this.buffer.offer(prediction);
    if (this.buffer.dropped !== dropped) this.metrics.droppedRows.inc();
    if (this.buffer.waiting >= this.flushRows) this.flushSoon();
  }

  /** Rows waiting, and rows dropped since start. */
  get state(): { waiting: number; dropped: number } {
    return { waiting: this.buffer.waiting, dropped: this.buffer.dropped };
  }

  /**
   * Writes everything waiting now (shutdown, tests). True when all of it was written; false when
   * a write failed (its rows are kept for the next attempt).
   */
  async flush(): Promise<boolean> {
    while (this.buffer.waiting > 0) {
      await this.flushing;
      if (this.buffer.waiting === 0) break;
      if (!(await this.startFlush())) return false;
    }
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flush();
    if (this.buffer.waiting > 0)
      this.logger.warn(`${this.buffer.waiting} prediction(s) could not be logged before shutdown`);
  }

  private flushSoon(): void {
    if (this.closed || this.scheduled || this.flushing !== null) return;
    if (this.buffer.waiting === 0 || Date.now() < this.retryAt) return;
    // Off the caller's stack: record() returns before any file is built.
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.flushing === null) void this.startFlush();
    });
  }

  private startFlush(): Promise<boolean> {
    const run = this.runFlush().finally(() => {
      if (this.flushing === run) this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  /** One batch of up to flushRows rows; after a failed group the rest go back untried. */
  private async runFlush(): Promise<boolean> {
    const failed: ServedPrediction[] = [];
    try {
      for (const group of this.buffer.drain(this.flushRows).groups) {
        if (failed.length > 0 || !(await this.writeGroup(group))) failed.push(...group.rows);
      }
    } finally {
      if (failed.length > 0) this.buffer.restore(failed);
    }
    if (failed.length > 0) {
      this.scheduleRetry();
      return false;
    }
    this.retryDelayMs = 0;
    this.retryAt = 0;
    if (this.buffer.waiting >= this.flushRows) this.flushSoon();
    return true;
  }

  private scheduleRetry(): void {
    this.retryDelayMs = Math.min(LONGEST_RETRY_MS, Math.max(FIRST_RETRY_MS, this.retryDelayMs * 2));
    this.retryAt = Date.now() + this.retryDelayMs;
    setTimeout(() => this.flushSoon(), this.retryDelayMs).unref();
  }

  /** True when written (or given up on for good); false when it should be retried. */
  private async writeGroup(group: PredictionGroup): Promise<boolean> {
    let encoded: Awaited<ReturnType<PredictionLogWriter['encode']>>;
    try {
      encoded = await this.writer.encode(group);
    } catch (error) {
      // These rows can never be written as laid out: retrying would loop forever.
      this.buffer.discard(group.rows.length);
      this.metrics.droppedRows.inc(group.rows.length);
      this.metrics.writeFailures.inc();
      this.logger.error(
        `dropped ${group.rows.length} prediction(s): ${toPlatformError(error).message}`,
      );
      return true;
    }
    try {
      await this.writer.write(group, encoded);
      this.buffer.settle(group.rows.length);
      this.metrics.loggedRows.inc(group.rows.length);
      this.metrics.batchesWritten.inc();
      return true;
    } catch (error) {
      this.metrics.writeFailures.inc();
      const platform = toPlatformError(error);
      this.logger.warn(
        `prediction log write failed (${platform.code}${isOutage(platform) ? ', outage' : ''}); ${group.rows.length} row(s) kept for a retry`,
      );
      return false;
    }
  }
}
