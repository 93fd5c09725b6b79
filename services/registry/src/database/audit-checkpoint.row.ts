import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * A checkpoint of the audit chain this registry published (through its outbox) to the
 * audit-checkpoint topic. Only the registry's own memory of what it anchored, so it checkpoints
 * again only when the chain has grown; verification trusts the copies in Kafka, never this table.
 */
@Entity({ name: 'audit_checkpoints' })
export class AuditCheckpointRow {
  /** Sequence of the audit entry anchored (the chain head then). */
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  sequence!: number;

  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;

  @Column({ name: 'entry_count', type: 'bigint', transformer: bigintAsNumber })
  entryCount!: number;

  /** Id of the AuditCheckpointRecorded event that carries it. */
  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
