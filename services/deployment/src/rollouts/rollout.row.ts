import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeployableModel } from '../projections/deployable-model';
import type { RolloutJudgement, RolloutState } from './domain';
import type { RolloutPlan } from './rollout-plan';

export interface CompletedStep {
  stepIndex: number;
  trafficPercent: number;
  healthy: boolean;
  observedMetrics: Record<string, number>;
  completedAt: string;
}

/** One rollout: its plan, where it stands, and the last judgement of its step. */
@Entity({ name: 'rollouts' })
export class RolloutRow {
  @PrimaryColumn({ name: 'rollout_id', type: 'uuid' })
  rolloutId!: string;

  @Column({ name: 'endpoint_name', type: 'text' })
  endpointName!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ type: 'text' })
  state!: RolloutState;

  @Column({ type: 'jsonb' })
  candidate!: DeployableModel;

  /** The version serving when the rollout started; null for a first deployment. */
  @Column({ type: 'jsonb', nullable: true })
  stable!: DeployableModel | null;

  @Column({ type: 'jsonb' })
  plan!: RolloutPlan;

  @Column({ name: 'step_index', type: 'integer' })
  stepIndex!: number;

  @Column({ name: 'step_started_at', type: 'timestamptz' })
  stepStartedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** Correlation id of the lifecycle the rollout belongs to (its trigger's). */
  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  /** What started it: `gate:<evaluationId>` or `approval:<approvalId>`. */
  @Column({ type: 'text' })
  trigger!: string;

  /** Each finished step with what was observed during it, as RolloutStepCompleted told it. */
  @Column({ name: 'completed_steps', type: 'jsonb', default: () => "'[]'" })
  completedSteps!: CompletedStep[];

  /** The newest judgement: verdict, observed metrics, breached guardrails, detail. */
  @Column({ name: 'last_judgement', type: 'jsonb', nullable: true })
  lastJudgement!: RolloutJudgement | null;
}
