import type { ArtifactRef } from '@loopline/contracts';
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

  @Column({ name: 'label_column', type: 'text', nullable: true })
  labelColumn!: string | null;

  @Column({ name: 'drift_reference', type: 'jsonb', nullable: true })
  driftReference!: ArtifactRef | null;

  @Column({ name: 'materialized_at', type: 'bigint', transformer: bigintNumber() })
  materializedAt!: number;
}

/** Postgres bigint comes back as a string; epoch milliseconds fit a double exactly. */
export function bigintNumber() {
  return {
    to: (value: number) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
