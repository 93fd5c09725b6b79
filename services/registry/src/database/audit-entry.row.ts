import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One audited event, linked to the entry before it by hash. Rows are only ever inserted. */
@Entity({ name: 'audit_log' })
export class AuditEntryRow {
  @PrimaryColumn({
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  sequence!: number;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'int' })
  partition!: number;

  @Column({ name: 'log_offset', type: 'bigint' })
  offset!: string;

  @Column({ name: 'aggregate_key', type: 'text' })
  aggregateKey!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ type: 'text' })
  producer!: string;

  /** ISO-8601 text, not timestamptz: the hashed value must come back byte for byte. */
  @Column({ name: 'occurred_at', type: 'text' })
  occurredAt!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ name: 'entry_hash', type: 'char', length: 64 })
  entryHash!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
