import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A metric's value at one step of a run; written in bulk by the store, not through this entity. */
@Entity({ name: 'run_metric_points' })
export class RunMetricPointRow {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @PrimaryColumn({ type: 'integer' })
  step!: number;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
