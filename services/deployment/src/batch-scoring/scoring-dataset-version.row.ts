import type { ArtifactRef } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A dataset version ingestion created, as its DatasetVersionCreated event told it. */
@Entity({ name: 'batch_scoring_dataset_versions' })
export class ScoringDatasetVersionRow {
  @PrimaryColumn({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  manifest!: ArtifactRef;

  @Column({ type: 'jsonb' })
  snapshot!: ArtifactRef;

  @Column({
    name: 'row_count',
    type: 'bigint',
    transformer: { to: (v: number) => v, from: Number },
  })
  rowCount!: number;

  @Column({ name: 'event_time_start', type: 'timestamptz', nullable: true })
  eventTimeStart!: Date | null;

  @Column({ name: 'event_time_end', type: 'timestamptz', nullable: true })
  eventTimeEnd!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
