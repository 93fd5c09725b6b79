import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** The registry's record of a dataset version (from DatasetVersionCreated), for lineage. */
@Entity({ name: 'dataset_versions' })
export class DatasetVersionRow {
  @PrimaryColumn({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'content_sha256', type: 'text' })
  contentSha256!: string;

  @Column({ name: 'source_batch_ids', type: 'jsonb' })
  sourceBatchIds!: string[];

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
