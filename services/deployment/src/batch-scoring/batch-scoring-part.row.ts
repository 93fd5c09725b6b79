import { Column, Entity, PrimaryColumn } from 'typeorm';

const BIGINT = { to: (value: number) => value, from: Number };

/** One output part a job has stored; a resumed job skips the parts it finds here. */
@Entity({ name: 'batch_scoring_parts' })
export class BatchScoringPartRow {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @PrimaryColumn({ name: 'part_index', type: 'integer' })
  partIndex!: number;

  @Column({ name: 'row_start', type: 'bigint', transformer: BIGINT })
  rowStart!: number;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount!: number;

  @Column({ type: 'text' })
  uri!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: BIGINT })
  sizeBytes!: number;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;
}
