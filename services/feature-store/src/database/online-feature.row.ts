import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest aggregation values of one entity for one feature view version. */
@Entity({ name: 'online_features' })
export class OnlineFeatureRow {
  @PrimaryColumn({ name: 'view_name', type: 'text' })
  viewName!: string;

  @PrimaryColumn({ name: 'view_version', type: 'integer' })
  viewVersion!: number;

  @PrimaryColumn({ type: 'text' })
  entity!: string;

  @Column({ type: 'jsonb' })
  values!: Record<string, number | null>;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf!: Date;

  @Column({ name: 'feature_set_id', type: 'uuid' })
  featureSetId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
