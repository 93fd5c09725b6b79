import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One event waiting to be (or already) published; written in the same transaction as its cause. */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_pending_idx', ['sequence'], { where: 'published_at IS NULL' })
export class OutboxMessageRow {
  /** Publication order: the relay sends pending rows in this order, keeping per-key order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'message_key', type: 'text' })
  messageKey!: string;

  /** The Avro single-object bytes, encoded (and so validated) when the row was written. */
  @Column({ type: 'bytea' })
  payload!: Buffer;

  @Column({ type: 'jsonb' })
  headers!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
