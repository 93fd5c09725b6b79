import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The test job's own state: one row per committed result. */
@Entity({ name: 'training_results' })
export class TrainingResultRow {
  @PrimaryColumn({ name: 'row_id', type: 'uuid', default: () => 'gen_random_uuid()' })
  rowId!: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'text' })
  worker!: string;
}
