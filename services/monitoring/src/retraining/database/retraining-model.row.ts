import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One model's retraining state. Every decision about the model locks this row first, so
 * concurrent findings on several instances decide one after another.
 */
@Entity({ name: 'retraining_models' })
export class RetrainingModelRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  /** The newest request of any cause: the cool-down runs from it. */
  @Column({ name: 'last_requested_at', type: 'timestamptz', nullable: true })
  lastRequestedAt!: Date | null;

  @Column({ name: 'in_flight_request_id', type: 'uuid', nullable: true })
  inFlightRequestId!: string | null;

  /** The schedule expression seen last, and since when: times before it never fire. */
  @Column({ type: 'text', nullable: true })
  schedule!: string | null;

  @Column({ name: 'schedule_since', type: 'timestamptz', nullable: true })
  scheduleSince!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
