import { setTimeout as delay } from 'node:timers/promises';
import { toPlatformError } from '@loopline/errors';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { MESSAGING_OPTIONS } from '../messaging.constants';
import type { HousekeepingOptions, ResolvedMessagingOptions } from '../messaging-options.interface';
import { MessagingPruner } from './messaging.pruner';
import type { PruneReport } from './prune-report';

/**
 * Runs the pruner once at start-up and then `intervalMs` after each pass ends, so passes never
 * overlap however long one takes. A failed pass (the database restarting, a lock timeout) is
 * logged and retried at the next interval: housekeeping can always wait, the service must not
 * fail for it. Shutdown stops between two batches, before the database pool closes.
 */
@Injectable()
export class HousekeepingScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(HousekeepingScheduler.name);
  private readonly stopping = new AbortController();
  private readonly options: HousekeepingOptions;
  private loop?: Promise<void>;
  private pass?: Promise<PruneReport>;

  constructor(
    private readonly pruner: MessagingPruner,
    @Inject(MESSAGING_OPTIONS) options: ResolvedMessagingOptions,
  ) {
    this.options = options.housekeeping;
  }

  onApplicationBootstrap(): void {
    if (this.options.enabled) this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    await this.pass?.catch(() => undefined);
  }

  /** Runs a pass now, or joins the one in progress: there is never more than one at a time. */
  pruneNow(): Promise<PruneReport> {
    this.pass ??= this.pruner.prune(this.stopping.signal).finally(() => (this.pass = undefined));
    return this.pass;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        this.logReport(await this.pruneNow());
      } catch (error) {
        // The pruner reports failures per table; this is only for the unforeseen.
        const failure = toPlatformError(error);
        this.logger.warn(
          `housekeeping pass failed, next try in ${this.options.intervalMs} ms: ${failure.code}: ${failure.message}`,
        );
      }
      await delay(this.options.intervalMs, undefined, { signal: this.stopping.signal }).catch(
        () => undefined, // aborted: the loop condition ends it
      );
    }
  }

  private logReport(report: PruneReport): void {
    const total = report.outboxMessages + report.inboxEntries + report.idempotencyKeys;
    const hours = (ms: number) => `${Math.round((ms / 3_600_000) * 100) / 100} h`;
    const message =
      `housekeeping removed ${report.outboxMessages} published outbox rows (older than ` +
      `${hours(this.options.outboxRetentionMs)}), ${report.inboxEntries} inbox entries (older than ` +
      `${hours(this.options.inboxRetentionMs)}), ${report.idempotencyKeys} idempotency keys ` +
      `(older than ${hours(this.options.idempotencyKeyRetentionMs)})`;
    if (total > 0) this.logger.log(message);
    else this.logger.debug(message);
    for (const { table, error } of report.failures) {
      this.logger.warn(
        `housekeeping could not prune ${table}, next try in ${this.options.intervalMs} ms: ${error.code}: ${error.message}`,
      );
    }
  }
}
