import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { InboxEntryRow } from '../database/inbox-entry.row';
import type { ConsumedEvent } from '../events/consumed-event';
import { MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';

export type InboxOutcome<T> = { duplicate: false; result: T } | { duplicate: true };

/**
 * Makes a handler idempotent: the event id is recorded in the same transaction as the handler's
 * effects, so a redelivered event (after a rebalance or a crash before the offset commit) finds
 * its id taken and changes nothing.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {}

  async runOnce<T>(
    event: ConsumedEvent,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    return this.dataSource.transaction(async (manager) => {
      // A concurrent duplicate blocks on the primary key until this transaction ends, then skips.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxEntryRow)
        .values({
          consumerGroup: this.options.consumerGroup,
          eventId: event.metadata.eventId,
          eventType: event.name,
          topic: event.source.topic,
          partition: event.source.partition,
          offset: event.source.offset,
        })
        .orIgnore()
        .returning(['eventId'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return { duplicate: true };
      return { duplicate: false, result: await work(manager) };
    });
  }
}
