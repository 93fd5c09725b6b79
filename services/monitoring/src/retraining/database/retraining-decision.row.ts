import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RetrainingCause, RetrainingOutcome } from '../domain';

/** One decision about retraining a model, whatever its outcome. */
@Entity({ name: 'retraining_decisions' })
export class RetrainingDecisionRow {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  trigger!: RetrainingCause;

  /** The DriftDetected or PerformanceDegraded event behind a finding. */
  @Column({ name: 'cause_event_id', type: 'text', nullable: true })
  causeEventId!: string | null;

  @Column({ name: 'window_id', type: 'text', nullable: true })
  windowId!: string | null;

  /** The serving version the decision was about. */
  @Column({ name: 'serving_training_run_id', type: 'text', nullable: true })
  servingTrainingRunId!: string | null;

  /** The schedule time a scheduled decision fired for. */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: 'text' })
  outcome!: RetrainingOutcome;

  @Column({ type: 'text' })
  reason!: string;

  /** The request published (requested) or absorbing the finding (coalesced_in_flight). */
  @Column({ name: 'training_request_id', type: 'uuid', nullable: true })
  trainingRequestId!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  /** Insertion order: the tie-break between decisions made at the same instant (bigint, read as text). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;
}
