import type { ArtifactRef } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BatchScoringState } from './batch-scoring-state';

const BIGINT = { to: (value: number) => value, from: Number };

/** One batch scoring job: which model scores which dataset version, and how it ended. */
@Entity({ name: 'batch_scoring_jobs' })
export class BatchScoringJobRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'model_version', type: 'integer' })
  modelVersion!: number;

  @Column({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_artifact', type: 'jsonb' })
  modelArtifact!: ArtifactRef;

  @Column({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ type: 'text' })
  state!: BatchScoringState;

  @Column({ name: 'total_rows', type: 'bigint', transformer: BIGINT })
  totalRows!: number;

  /** Fixed when the job is accepted, so a resumed job cuts the same parts whatever the config. */
  @Column({ name: 'chunk_rows', type: 'integer' })
  chunkRows!: number;

  @Column({ name: 'parts_total', type: 'integer' })
  partsTotal!: number;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ type: 'jsonb', nullable: true })
  output!: ArtifactRef | null;

  @Column({ type: 'jsonb', nullable: true })
  error!: { code: string; message: string } | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
