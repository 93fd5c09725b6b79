import type { ArtifactRef, ModelLineage } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A model known to deployment: a registered version, or a training run whose gate passed. */
@Entity({ name: 'known_models' })
export class KnownModelRow {
  @PrimaryColumn({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'model_version', type: 'integer', nullable: true })
  modelVersion!: number | null;

  @Column({ type: 'jsonb' })
  artifact!: ArtifactRef;

  @Column({ type: 'jsonb' })
  transform!: ArtifactRef;

  @Column({ type: 'jsonb' })
  lineage!: ModelLineage;
}
