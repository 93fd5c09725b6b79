import type { FeatureSetMaterialized } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A feature set the feature store materialized, as its event told it. */
@Entity({ name: 'feature_sets' })
export class ProjectedFeatureSetRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'jsonb' })
  materialized!: FeatureSetMaterialized;
}
