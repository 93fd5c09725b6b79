import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '@loopline/persistence';

/** A feature set being or having been materialized, with its progress and outcome. */
@Entity({ name: 'feature_sets' })
export class FeatureSetRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'view_name', type: 'text' })
  viewName!: string;

  @Column({ name: 'view_version', type: 'integer' })
  viewVersion!: number;

  @Column({ name: 'dataset_version_id', type: 'uuid' })
  datasetVersionId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  stage!: string | null;

  @Column({ name: 'rows_done', type: 'bigint', transformer: bigintAsNumber })
  rowsDone!: number;

  @Column({ name: 'rows_total', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  rowsTotal!: number | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;
}
