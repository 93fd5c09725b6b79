import type { ArtifactRef } from '@loopline/contracts';
import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A materialized feature set (from `FeatureSetMaterialized`). */
@Entity({ name: 'known_feature_sets' })
export class KnownFeatureSetRow {
  @PrimaryColumn({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ name: 'feature_view_name', type: 'text' })
  featureViewName!: string;

  @Column({ name: 'feature_view_version', type: 'integer' })
  featureViewVersion!: number;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'drift_reference', type: 'jsonb', nullable: true })
  driftReference!: ArtifactRef | null;

  @Column({ name: 'materialized_at', type: 'bigint', transformer: bigintAsNumber })
  materializedAt!: number;
}
