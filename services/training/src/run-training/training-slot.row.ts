import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RunRequest } from './train-model.input';

/** Per model: the run in flight, and the requests waiting for the follow-up run. */
@Entity({ name: 'training_slots' })
export class TrainingSlotRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'active_run_id', type: 'uuid', nullable: true })
  activeRunId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  pending!: RunRequest[] | null;
}
