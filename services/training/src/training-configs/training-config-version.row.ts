import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One immutable training configuration version. */
@Entity({ name: 'training_config_versions' })
export class TrainingConfigVersionRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'jsonb' })
  config!: unknown;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
