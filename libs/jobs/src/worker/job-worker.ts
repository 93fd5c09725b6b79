import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { Doorbell, NotificationSession } from '@loopline/messaging';
import { DataSource } from 'typeorm';
import { JobStore } from '../database/job.store';
import { JobHandlerRegistry } from '../handlers/job-handler.registry';
import { JOBS_OPTIONS } from '../jobs.constants';
import type { ResolvedJobsOptions } from '../jobs-options.interface';
import { jobsChannel } from '../queue/job-notifications';
import { reapExpiredLeases } from './expired-lease.reaper';
import { JobExecution } from './job-execution';

const MAX_FAILURE_BACKOFF_MS = 30_000;

/**
 * Runs this service's jobs: claims due ones (up to `concurrency` at once), runs each outside the
 * claim's transaction under a renewed lease, and takes back jobs of workers that died. It wakes
 * on the queue's NOTIFY, when a slot frees up or a retry falls due, and polls as a safety net.
 * Stopping (in `onModuleDestroy`, before the consumers stop and the outbox flushes) aborts the
 * handlers' signal and waits up to `shutdownGraceMs`; jobs still running then are left to lease
 * expiry and another worker takes them over.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorker.name);
  private readonly stopping = new AbortController();
  private readonly doorbell = new Doorbell(this.stopping.signal);
  private readonly running = new Map<string, { execution: JobExecution; done: Promise<void> }>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private store?: JobStore;
  private notifications?: NotificationSession;
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: JobHandlerRegistry,
    @Inject(JOBS_OPTIONS) private readonly options: ResolvedJobsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.workerEnabled) return;
    const kinds = this.handlers.kinds();
    if (kinds.length === 0) {
      this.logger.warn('no @JobHandler providers found; the job worker does not start');
      return;
    }
    this.store = new JobStore(this.dataSource, kinds);
    this.notifications = new NotificationSession(
      this.dataSource,
      jobsChannel(this.dataSource),
      () => this.doorbell.ring(),
      JobWorker.name,
    );
    this.logger.log(
      `worker ${this.options.workerId} runs ${kinds.join(', ')} (concurrency ${this.options.concurrency})`,
    );
    this.loop = this.run(this.store, this.notifications);
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Jobs this worker is running now. */
  runningCount(): number {
    return this.running.size;
  }

  /**
   * Stops claiming, asks running handlers to stop, and waits up to `shutdownGraceMs` for them;
   * idempotent. Whatever still runs after that keeps its lease until it runs out.
   */
  async stop(): Promise<void> {
    if (!this.loop || this.stopping.signal.aborted) return;
    this.stopping.abort();
    await this.loop;
    await this.notifications?.close();
    for (const timer of this.retryTimers) clearTimeout(timer);
    const all = Promise.all([...this.running.values()].map((entry) => entry.done));
    const settled = await Promise.race([
      all.then(() => true),
      delay(this.options.shutdownGraceMs, false, { ref: false }),
    ]);
    if (!settled) {
      for (const { execution } of this.running.values()) execution.abandon();
      this.logger.warn(
        `${this.running.size} job(s) still running after ${this.options.shutdownGraceMs} ms; ` +
          'left to lease expiry, another worker will take them over',
      );
    }
  }

  private async run(store: JobStore, notifications: NotificationSession): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        await notifications.ensureListening(); // again after a database restart
        const requeuedDueIn = await reapExpiredLeases(
          this.dataSource,
          store,
          this.handlers,
          this.options.backoff,
        );
        if (requeuedDueIn !== undefined) this.announceWorkIn(requeuedDueIn);
        if (this.stopping.signal.aborted) break; // claim nothing once shutdown has begun
        const free = this.options.concurrency - this.running.size;
        const claimed = free > 0 ? await this.claimAndStart(store, free) : 0;
        failures = 0;
        if (free === 0 || claimed < free) await this.doorbell.wait(this.options.pollIntervalMs);
      } catch (error) {
        failures++;
        const backoff = Math.min(
          MAX_FAILURE_BACKOFF_MS,
          this.options.pollIntervalMs * 2 ** (failures - 1),
        );
        this.logger.error(
          `claiming jobs failed (${failures}x), retrying in ${backoff} ms: ${error}`,
        );
        await this.doorbell.wait(backoff);
      }
    }
  }

  private async claimAndStart(store: JobStore, free: number): Promise<number> {
    const claimedAt = Date.now();
    const rows = await store.claim(free, this.options.workerId, this.options.leaseMs);
    for (const row of rows) {
      const execution = new JobExecution(
        row,
        this.handlers.get(row.kind),
        store,
        this.dataSource,
        this.options,
        this.stopping.signal,
        claimedAt,
      );
      // Keyed by attempt too: a job this worker lost and took back may briefly run twice here.
      const key = `${row.id}#${row.attempts}`;
      const done = execution
        .execute()
        .then((retryInMs) => {
          if (retryInMs !== undefined) this.announceWorkIn(retryInMs);
        })
        .catch((error) => this.logger.error(`job ${row.id} ended unexpectedly: ${error}`))
        .finally(() => {
          this.running.delete(key);
          this.doorbell.ring();
        });
      this.running.set(key, { execution, done });
    }
    return rows.length;
  }

  /** A retry is due later: look again then instead of waiting for the next poll. */
  private announceWorkIn(ms: number): void {
    if (this.stopping.signal.aborted) return;
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.doorbell.ring();
    }, ms);
    timer.unref();
    this.retryTimers.add(timer);
  }
}
