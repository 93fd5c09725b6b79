import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A label whose prediction has not been logged (yet); kept raw, read once its version is known. */
@Entity({ name: 'performance_pending_labels' })
export class PendingLabelRow {
  @PrimaryColumn({ name: 'prediction_id', type: 'text' }) predictionId!: string;
  @Column({ name: 'batch_id', type: 'uuid' }) batchId!: string;
  @Column({ name: 'model_name', type: 'text', nullable: true }) modelName!: string | null;
  @Column({ name: 'label_column', type: 'text' }) labelColumn!: string;
  @Column({ name: 'raw_label', type: 'text' }) rawLabel!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
}
