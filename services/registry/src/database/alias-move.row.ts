import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One move of an alias, in the order made; rows are only inserted. A null version records an
 * alias taken off a rejected version (no ModelAliasAssigned is published for that: the event
 * names a version, and PromotionRejected already says what happened).
 */
@Entity({ name: 'alias_moves' })
export class AliasMoveRow {
  /** bigserial, read back as text by the driver; it only orders moves of the same instant. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  alias!: string;

  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column({ name: 'previous_version', type: 'int', nullable: true })
  previousVersion!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'assigned_by', type: 'text' })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  /** The ModelAliasAssigned event that announced the move; null for a removal. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;
}
