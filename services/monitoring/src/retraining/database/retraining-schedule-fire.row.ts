import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A schedule time that fired. The primary key is the once-only guarantee: of several instances
 * inserting the same (model, time), one inserts and publishes, the others change nothing.
 */
@Entity({ name: 'retraining_schedule_fires' })
export class RetrainingScheduleFireRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ name: 'fired_at', type: 'timestamptz' })
  firedAt!: Date;

  @Column({ name: 'instance_id', type: 'text' })
  instanceId!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;
}
