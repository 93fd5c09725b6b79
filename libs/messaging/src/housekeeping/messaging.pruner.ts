import { toPlatformError } from '@loopline/errors';
import { quoteIdentifier } from '@loopline/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { IdempotencyKeyRow } from '../database/idempotency-key.row';
import { InboxEntryRow } from '../database/inbox-entry.row';
import { OutboxMessageRow } from '../database/outbox-message.row';
import { MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import type { PruneReport } from './prune-report';

interface PruneTarget {
  entity: EntityTarget<ObjectLiteral>;
  /** When the row stopped being needed; NULL (an unpublished outbox row) is never old. */
  column: string;
  retentionMs: number;
  reportAs: 'outboxMessages' | 'inboxEntries' | 'idempotencyKeys';
}

/**
 * Deletes published outbox rows, inbox entries and idempotency keys older than their retention.
 * Each batch is one short statement that commits alone, so no lock is held for long and an
 * interrupted pass loses nothing; `SKIP LOCKED` lets replicas prune side by side. Ages are
 * measured on the database clock, the one that wrote the timestamps.
 */
@Injectable()
export class MessagingPruner {
  private readonly targets: PruneTarget[];

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {
    const retention = options.housekeeping;
    this.targets = [
      {
        entity: OutboxMessageRow,
        column: 'published_at',
        retentionMs: retention.outboxRetentionMs,
        reportAs: 'outboxMessages',
      },
      {
        entity: InboxEntryRow,
        column: 'handled_at',
        retentionMs: retention.inboxRetentionMs,
        reportAs: 'inboxEntries',
      },
      {
        entity: IdempotencyKeyRow,
        column: 'created_at',
        retentionMs: retention.idempotencyKeyRetentionMs,
        reportAs: 'idempotencyKeys',
      },
    ];
  }

  /**
   * One pass over every table; stops between batches once `signal` is aborted. A table that
   * fails (the database went away, a lock timed out) is reported in `failures` and does not keep
   * the others from being pruned; what was deleted before the failure is counted.
   */
  async prune(signal?: AbortSignal): Promise<PruneReport> {
    const report: PruneReport = {
      outboxMessages: 0,
      inboxEntries: 0,
      idempotencyKeys: 0,
      failures: [],
    };
    for (const target of this.targets) {
      const table = this.dataSource.getMetadata(target.entity).tableName;
      const sql = this.deleteBatchSql(table, target.column);
      const params = [target.retentionMs, this.options.housekeeping.batchSize];
      try {
        while (!signal?.aborted) {
          const [{ deleted }] = (await this.dataSource.query(sql, params)) as [{ deleted: number }];
          report[target.reportAs] += deleted;
          if (deleted < this.options.housekeeping.batchSize) break;
        }
      } catch (error) {
        report.failures.push({ table, error: toPlatformError(error) });
      }
    }
    return report;
  }

  private deleteBatchSql(tableName: string, column: string): string {
    const schema = (this.dataSource.options as PostgresConnectionOptions).schema;
    const table = `${quoteIdentifier(schema)}.${quoteIdentifier(tableName, 'table')}`;
    // ctid = ANY(ARRAY(...)) is a TID scan: the DELETE touches exactly the rows the batch locked.
    return `
      WITH deleted AS (
        DELETE FROM ${table}
        WHERE ctid = ANY(ARRAY(
          SELECT ctid FROM ${table}
          WHERE ${column} < now() - $1::double precision * interval '1 millisecond'
          LIMIT $2
          FOR UPDATE SKIP LOCKED))
        RETURNING 1)
      SELECT count(*)::int AS deleted FROM deleted`;
  }
}
