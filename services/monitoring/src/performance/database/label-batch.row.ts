import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One `GroundTruthObserved` labels file and what loading it did. */
@Entity({ name: 'performance_label_batches' })
export class LabelBatchRow {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' }) batchId!: string;
  @Column({ name: 'dataset_name', type: 'text' }) datasetName!: string;
  @Column({ name: 'model_name', type: 'text', nullable: true }) modelName!: string | null;
  @Column({ name: 'labels_uri', type: 'text' }) labelsUri!: string;
  @Column({ name: 'labels_sha256', type: 'char', length: 64 }) labelsSha256!: string;
  @Column({ name: 'labels_size_bytes', type: 'bigint', transformer: bigintAsNumber })
  labelsSizeBytes!: number;
  @Column({ type: 'text' }) format!: string;
  @Column({ name: 'join_key', type: 'text' }) joinKey!: string;
  @Column({ name: 'label_column', type: 'text' }) labelColumn!: string;
  @Column({ name: 'claimed_row_count', type: 'bigint', transformer: bigintAsNumber })
  claimedRowCount!: number;
  /** loading → loaded | failed */
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'row_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  rowCount!: number | null;
  @Column({ name: 'joined_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  joinedCount!: number | null;
  @Column({ name: 'pending_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  pendingCount!: number | null;
  @Column({ name: 'rejected_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  rejectedCount!: number | null;
  @Column({ name: 'duplicate_count', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  duplicateCount!: number | null;
  /** A sample of rejected rows: `{ row, reason }`. */
  @Column({ type: 'jsonb' }) rejections!: { row: number; reason: string }[];
  @Column({ name: 'joined_models', type: 'text', array: true }) joinedModels!: string[];
  @Column({ name: 'late_joined_count', type: 'bigint', transformer: bigintAsNumber })
  lateJoinedCount!: number;
  @Column({ name: 'late_rejected_count', type: 'bigint', transformer: bigintAsNumber })
  lateRejectedCount!: number;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
