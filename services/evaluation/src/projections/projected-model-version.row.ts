import type { ModelVersionRegistered } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A model version the registry registered, as its event told it. */
@Entity({ name: 'model_versions' })
export class ProjectedModelVersionRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ type: 'jsonb' })
  registered!: ModelVersionRegistered;
}
