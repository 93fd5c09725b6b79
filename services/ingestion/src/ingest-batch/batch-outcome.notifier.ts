import { Doorbell, NotificationSession } from '@loopline/messaging';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { INGESTION_SETTINGS, type IngestionSettings } from '../config/ingestion.settings';

/** A waiter re-reads the batch this often even without a notification (a lost connection). */
const RECHECK_MS = 1_000;

/**
 * Wakes whoever waits for a batch's outcome (an upload answering when its batch is done) when a
 * job commits one, in this replica or another: a NOTIFY sent in the commit's transaction, so it
 * arrives only once the outcome is visible.
 */
@Injectable()
export class BatchOutcomeNotifier implements OnModuleDestroy {
  private readonly waiters = new Set<() => void>();
  private readonly channel: string;
  private session?: NotificationSession;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INGESTION_SETTINGS) settings: IngestionSettings,
  ) {
    this.channel = `loopline_batch_outcomes_${settings.databaseSchema}`.toLowerCase().slice(0, 63);
  }

  async notifyAfterCommit(manager: EntityManager, batchId: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [this.channel, batchId]);
  }

  /**
   * Calls `check` until it returns a value or `timeoutMs` passes (then null), re-checking on
   * every outcome notification.
   */
  async waitFor<T>(check: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
    const deadline = Date.now() + timeoutMs;
    const stop = new AbortController();
    const doorbell = new Doorbell(stop.signal);
    const ring = () => doorbell.ring();
    this.waiters.add(ring);
    try {
      await this.listen().catch(() => undefined); // without notifications, the recheck still works
      for (;;) {
        const found = await check();
        if (found !== null) return found;
        const left = deadline - Date.now();
        if (left <= 0) return null;
        await doorbell.wait(Math.min(left, RECHECK_MS));
      }
    } finally {
      this.waiters.delete(ring);
      stop.abort();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.session?.close();
  }

  private async listen(): Promise<void> {
    this.session ??= new NotificationSession(
      this.dataSource,
      this.channel,
      () => this.waiters.forEach((ring) => ring()),
      BatchOutcomeNotifier.name,
    );
    await this.session.ensureListening();
  }
}
