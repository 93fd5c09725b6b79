import type { FeatureSetMaterialized } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A feature set the feature store materialized, as its event told it. */
@Entity({ name: 'feature_sets' })
export class FeatureSetRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'view_name', type: 'text' })
  viewName!: string;

  @Column({ name: 'view_version', type: 'integer' })
  viewVersion!: number;

  @Column({ name: 'materialized_at', type: 'timestamptz' })
  materializedAt!: Date;

  @Column({ type: 'jsonb' })
  materialized!: FeatureSetMaterialized;
}
