import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopline/persistence';

/**
 * A submitted batch and what became of it: `pending` until its ingestion job ends, then
 * `versioned` or `rejected`; `duplicate` when the same bytes under the same contract were
 * already submitted (`duplicateOf` names that batch, whose outcome is this one's too).
 */
@Entity({ name: 'batches' })
export class BatchRow {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ type: 'text' })
  dataset!: string;

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  @Column({ name: 'contract_version', type: 'integer' })
  contractVersion!: number;

  @Column({ type: 'text' })
  format!: string;

  @Column({ name: 'raw_uri', type: 'text' })
  rawUri!: string;

  @Column({ name: 'raw_size_bytes', type: 'bigint', transformer: bigintAsNumber })
  rawSizeBytes!: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  /** `http` or `event`. */
  @Column({ type: 'text' })
  intake!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({
    name: 'claimed_row_count',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  claimedRowCount!: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;

  @Column({ name: 'dataset_version_id', type: 'uuid', nullable: true })
  datasetVersionId!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'jsonb' })
  violations!: object[];

  @Column({ name: 'row_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  rowCount!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  profile!: unknown;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
