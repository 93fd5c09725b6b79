import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One tracked run; its metrics, params and tags are flat jsonb maps so searches can reach them. */
@Entity({ name: 'runs' })
export class RunRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  trigger!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'request_ids', type: 'text', array: true })
  requestIds!: string[];

  @Column({ type: 'integer' })
  coalesced!: number;

  @Column({ name: 'feature_set_id', type: 'text', nullable: true })
  featureSetId!: string | null;

  @Column({ name: 'config_version', type: 'integer', nullable: true })
  configVersion!: number | null;

  @Column({ name: 'config_hash', type: 'text', nullable: true })
  configHash!: string | null;

  @Column({ type: 'jsonb' })
  params!: Record<string, string>;

  @Column({ type: 'jsonb', nullable: true })
  config!: unknown;

  /** Non-finite values are stored as the strings `NaN`, `Infinity`, `-Infinity` (jsonb has none). */
  @Column({ type: 'jsonb' })
  metrics!: Record<string, number | string>;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'jsonb' })
  lineage!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  backend!: string | null;

  @Column({ name: 'samples_per_second', type: 'double precision', nullable: true })
  samplesPerSecond!: number | null;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'jsonb' })
  artifacts!: unknown[];

  @Column({ type: 'jsonb', nullable: true })
  error!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'duration_ms', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  durationMs!: number | null;
}
