import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The version serving all of a model's traffic (from `RolloutCompleted`). */
@Entity({ name: 'serving_champions' })
export class ServingChampionRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_version', type: 'integer', nullable: true })
  modelVersion!: number | null;

  @Column({ name: 'rollout_id', type: 'text' })
  rolloutId!: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  since!: number;
}
