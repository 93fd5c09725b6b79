import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopline/persistence';

/** An immutable dataset version: its manifest and profile, kept here for queries and diffs. */
@Entity({ name: 'dataset_versions' })
export class DatasetVersionRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  dataset!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** The batch whose parts this version added to its parent's. */
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ name: 'contract_version', type: 'integer' })
  contractVersion!: number;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  @Column({ type: 'jsonb' })
  manifest!: unknown;

  @Column({ name: 'manifest_uri', type: 'text' })
  manifestUri!: string;

  @Column({ type: 'jsonb' })
  profile!: unknown;

  @Column({ name: 'profile_uri', type: 'text' })
  profileUri!: string;

  @Column({ type: 'jsonb' })
  warnings!: unknown[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
