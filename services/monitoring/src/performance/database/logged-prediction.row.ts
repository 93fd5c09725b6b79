import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A logged prediction, with its label once one arrived. */
@Entity({ name: 'performance_predictions' })
export class LoggedPredictionRow {
  @PrimaryColumn({ name: 'prediction_id', type: 'text' }) predictionId!: string;
  @Column({ name: 'window_id', type: 'text' }) windowId!: string;
  @Column({ name: 'training_run_id', type: 'text' }) trainingRunId!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'predicted_label', type: 'text', nullable: true }) predictedLabel!: string | null;
  @Column({ name: 'predicted_value', type: 'double precision', nullable: true })
  predictedValue!: number | null;
  @Column({ type: 'double precision', nullable: true }) score!: number | null;
  @Column({ name: 'label_class', type: 'text', nullable: true }) labelClass!: string | null;
  @Column({ name: 'label_value', type: 'double precision', nullable: true })
  labelValue!: number | null;
  @Column({ name: 'label_batch_id', type: 'uuid', nullable: true }) labelBatchId!: string | null;
  @Column({ name: 'labeled_at', type: 'timestamptz', nullable: true }) labeledAt!: Date | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
