import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopline/persistence';

/** A dataset version seen on Kafka (DatasetVersionCreated): the feature store's own projection. */
@Entity({ name: 'dataset_versions' })
export class DatasetVersionRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  dataset!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  /** The manifest's ArtifactRef. */
  @Column({ type: 'jsonb' })
  manifest!: unknown;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
