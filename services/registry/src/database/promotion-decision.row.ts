import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An approver's decision on promoting a version (PromotionApproved or PromotionRejected). */
@Entity({ name: 'promotion_decisions' })
export class PromotionDecisionRow {
  @PrimaryColumn({ name: 'approval_id', type: 'uuid' })
  approvalId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  /** approved | rejected */
  @Column({ type: 'text' })
  decision!: string;

  @Column({ name: 'target_alias', type: 'text' })
  targetAlias!: string;

  /** Rollout strategy of an approval; null for a rejection. */
  @Column({ type: 'text', nullable: true })
  strategy!: string | null;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  /** The approval's comment, or the rejection's reason. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'overridden_evaluation_id', type: 'text', nullable: true })
  overriddenEvaluationId!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;
}
