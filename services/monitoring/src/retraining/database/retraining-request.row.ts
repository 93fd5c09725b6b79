import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RetrainingCause, RetrainingEnding } from '../domain';

/** A published `TrainingRequested` and how far the retraining it asked for has got. */
@Entity({ name: 'retraining_requests' })
export class RetrainingRequestRow {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'text' })
  trigger!: RetrainingCause;

  @Column({ name: 'feature_set_id', type: 'text', nullable: true })
  featureSetId!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  /** Named by TrainingRunStarted; endings of the run, its gate and its rollout match on it. */
  @Column({ name: 'training_run_id', type: 'text', nullable: true })
  trainingRunId!: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ending!: RetrainingEnding | null;

  /** The event that ended it (its id and a sentence), or the timeout. */
  @Column({ name: 'ending_detail', type: 'text', nullable: true })
  endingDetail!: string | null;
}
