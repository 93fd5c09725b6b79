import type { AuditCheckpointRecorded } from '@loopline/contracts';
import { OutboxWriter } from '@loopline/messaging';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Between, DataSource, type EntityManager } from 'typeorm';
import { AuditCheckpointRow } from '../database/audit-checkpoint.row';
import { AuditEntryRow } from '../database/audit-entry.row';
import { decideCheckpoint } from '../domain/audit-checkpoint';
import {
  AUDIT_CHECKPOINT_SETTINGS,
  type AuditCheckpointSettings,
} from './audit-checkpoint.settings';

/**
 * Every AUDIT_CHECKPOINT_INTERVAL_MS, publishes the audit chain's head as an
 * AuditCheckpointRecorded event through the outbox, if the chain grew since the last checkpoint.
 * Checkpoints live in Kafka, out of reach of whoever owns the database. Ticks never overlap, and
 * shutdown waits for the one in flight before the outbox drains.
 */
@Injectable()
export class AuditCheckpointRecorder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditCheckpointRecorder.name);
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(AUDIT_CHECKPOINT_SETTINGS) private readonly settings: AuditCheckpointSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduleNext();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /** Checkpoints the head if the chain grew; returns the checkpoint published, if any. */
  async recordIfGrown(): Promise<AuditCheckpointRecorded | undefined> {
    return this.dataSource.transaction(async (manager) => {
      // Replicas of one registry take turns, so each head is checkpointed once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `loopline-audit-checkpoint:${this.settings.chainId}`,
      ]);
      const [head] = await manager.find(AuditEntryRow, {
        select: { sequence: true, entryHash: true },
        order: { sequence: 'DESC' },
        take: 1,
      });
      const [last] = await manager.find(AuditCheckpointRow, {
        order: { sequence: 'DESC' },
        take: 1,
      });
      const decision = decideCheckpoint(
        head,
        last && { sequence: last.sequence, entryHash: last.headHash },
      );
      if (decision.action === 'alarm') {
        this.logger.error(
          `audit chain head is at ${head?.sequence ?? 0} but entry ${last!.sequence} was checkpointed ` +
            `(${decision.why}); not checkpointing: run infra/ops/verify-audit-chain.sh`,
        );
      }
      if (decision.action !== 'record') return undefined;
      const checkpoint: AuditCheckpointRecorded = {
        chainId: this.settings.chainId,
        sequence: head.sequence,
        headHash: head.entryHash,
        entryCount:
          (last?.entryCount ?? 0) +
          (await countBetween(manager, last?.sequence ?? 0, head.sequence)),
        recordedAt: Date.now(),
      };
      const { eventId } = await this.outbox.enqueue(manager, 'AuditCheckpointRecorded', checkpoint);
      await manager.insert(AuditCheckpointRow, {
        sequence: checkpoint.sequence,
        headHash: checkpoint.headHash,
        entryCount: checkpoint.entryCount,
        eventId,
        recordedAt: new Date(checkpoint.recordedAt),
      });
      return checkpoint;
    });
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.recordIfGrown()
        .catch((error: unknown) =>
          this.logger.warn(`audit checkpoint not taken, retrying next tick: ${error}`),
        )
        .finally(() => this.scheduleNext());
    }, this.settings.intervalMs);
  }
}

/** Entries after the last checkpoint up to the head (appends may have gone on since it was read). */
function countBetween(manager: EntityManager, after: number, upTo: number): Promise<number> {
  return manager.count(AuditEntryRow, { where: { sequence: Between(after + 1, upTo) } });
}
