import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Records that a consumer group has handled an event, in the same transaction as the effects. */
@Entity({ name: 'inbox_entries' })
export class InboxEntryRow {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'int' })
  partition!: number;

  @Column({ name: 'log_offset', type: 'bigint' })
  offset!: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt!: Date;
}
