import type { ArtifactRef, ModelTask } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A registered model version (from `ModelVersionRegistered`), keyed by its training run. */
@Entity({ name: 'monitored_versions' })
export class MonitoredVersionRow {
  @PrimaryColumn({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'model_version', type: 'integer', nullable: true })
  modelVersion!: number | null;

  @Column({ type: 'text' })
  task!: ModelTask;

  @Column({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ name: 'feature_view_name', type: 'text' })
  featureViewName!: string;

  @Column({ name: 'feature_view_version', type: 'integer' })
  featureViewVersion!: number;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'test_metrics', type: 'jsonb' })
  testMetrics!: Record<string, number>;

  @Column({ type: 'jsonb' })
  transform!: ArtifactRef;
}
