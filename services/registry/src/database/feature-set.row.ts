import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** The registry's record of a materialized feature set (from FeatureSetMaterialized), for lineage. */
@Entity({ name: 'feature_sets' })
export class FeatureSetRow {
  @PrimaryColumn({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ name: 'feature_view_name', type: 'text' })
  featureViewName!: string;

  @Column({ name: 'feature_view_version', type: 'int' })
  featureViewVersion!: number;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'row_count', type: 'bigint', transformer: bigintAsNumber })
  rowCount!: number;

  @Column({ name: 'materialized_at', type: 'timestamptz' })
  materializedAt!: Date;
}
