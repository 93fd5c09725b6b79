import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Realized-metric tallies of one monitoring window (see domain/window-tallies). */
@Entity({ name: 'performance_windows' })
export class PerformanceWindowRow {
  @PrimaryColumn({ name: 'window_id', type: 'text' }) windowId!: string;
  @Column({ name: 'model_name', type: 'text' }) modelName!: string;
  @Column({ name: 'training_run_id', type: 'text' }) trainingRunId!: string;
  @Column({ name: 'model_version', type: 'integer', nullable: true }) modelVersion!: number | null;
  @Column({ type: 'text' }) task!: string;
  @Column({ name: 'first_request_at', type: 'timestamptz' }) firstRequestAt!: Date;
  @Column({ name: 'last_request_at', type: 'timestamptz' }) lastRequestAt!: Date;
  @Column({ name: 'prediction_count', type: 'bigint', transformer: bigintAsNumber })
  predictionCount!: number;
  @Column({ name: 'labeled_count', type: 'bigint', transformer: bigintAsNumber })
  labeledCount!: number;
  @Column({ name: 'correct_count', type: 'bigint', transformer: bigintAsNumber })
  correctCount!: number;
  @Column({ name: 'true_positives', type: 'bigint', transformer: bigintAsNumber })
  truePositives!: number;
  @Column({ name: 'false_positives', type: 'bigint', transformer: bigintAsNumber })
  falsePositives!: number;
  @Column({ name: 'false_negatives', type: 'bigint', transformer: bigintAsNumber })
  falseNegatives!: number;
  @Column({ name: 'squared_error_sum', type: 'double precision' }) squaredErrorSum!: number;
  @Column({ name: 'absolute_error_sum', type: 'double precision' }) absoluteErrorSum!: number;
  @Column({ name: 'degraded_event_id', type: 'uuid', nullable: true })
  degradedEventId!: string | null;
  @Column({ name: 'degraded_at', type: 'timestamptz', nullable: true }) degradedAt!: Date | null;
  @Column({ type: 'jsonb', nullable: true }) degradation!: Record<string, unknown> | null;
}
