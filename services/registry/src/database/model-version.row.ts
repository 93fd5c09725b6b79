import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

interface ArtifactRefColumn {
  uri: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

/** One registered model version: what ModelTrained said about it, and its stage. */
@Entity({ name: 'model_versions' })
export class ModelVersionRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'training_run_id', type: 'text', unique: true })
  trainingRunId!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ name: 'stage_changed_at', type: 'timestamptz' })
  stageChangedAt!: Date;

  @Column({ type: 'text' })
  task!: string;

  @Column({ name: 'feature_set_id', type: 'text' })
  featureSetId!: string;

  @Column({ name: 'feature_view_name', type: 'text' })
  featureViewName!: string;

  @Column({ name: 'feature_view_version', type: 'int' })
  featureViewVersion!: number;

  @Column({ name: 'dataset_name', type: 'text' })
  datasetName!: string;

  @Column({ name: 'dataset_version_id', type: 'text' })
  datasetVersionId!: string;

  @Column({ name: 'dataset_content_sha256', type: 'text' })
  datasetContentSha256!: string;

  @Column({ name: 'config_hash', type: 'text' })
  configHash!: string;

  @Column({ name: 'code_commit', type: 'text' })
  codeCommit!: string;

  @Column({ type: 'jsonb' })
  artifact!: ArtifactRefColumn;

  @Column({ type: 'jsonb' })
  transform!: ArtifactRefColumn;

  @Column({ name: 'feature_names', type: 'jsonb' })
  featureNames!: string[];

  @Column({ name: 'label_column', type: 'text' })
  labelColumn!: string;

  @Column({ name: 'training_metrics', type: 'jsonb' })
  trainingMetrics!: Record<string, number>;

  @Column({ name: 'validation_metrics', type: 'jsonb' })
  validationMetrics!: Record<string, number>;

  @Column({ name: 'test_metrics', type: 'jsonb' })
  testMetrics!: Record<string, number>;

  @Column({ type: 'int' })
  epochs!: number;

  @Column({ name: 'parameter_count', type: 'bigint', transformer: bigintAsNumber })
  parameterCount!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  seed!: number;

  @Column({ type: 'text' })
  backend!: string;

  @Column({ name: 'framework_version', type: 'text' })
  frameworkVersion!: string;

  @Column({ name: 'duration_ms', type: 'bigint', transformer: bigintAsNumber })
  durationMs!: number;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  /**
   * Correlation id of the ModelTrained that made the version: decisions taken on it later (over
   * HTTP) carry it too, so the audit log shows a model's whole life under one id.
   */
  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;
}
