import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeployableModel } from '../projections/deployable-model';

/** How the candidate of a rollout takes part in serving. */
export type CandidateMode = 'canary' | 'shadow' | 'standby';

/**
 * What one serving endpoint serves: the state every instance mirrors in memory (reloaded on a
 * notification when `revision` moves). Only the rollout writers change it, in the transaction of
 * the event that announces the change.
 */
@Entity({ name: 'endpoints' })
export class EndpointRow {
  @PrimaryColumn({ name: 'endpoint_name', type: 'text' })
  endpointName!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  /** The version answering requests (the production one); null before a first rollout ends. */
  @Column({ type: 'jsonb', nullable: true })
  stable!: DeployableModel | null;

  /** Where a rollback returns: the version that served before `stable`, kept loaded. */
  @Column({ type: 'jsonb', nullable: true })
  previous!: DeployableModel | null;

  @Column({ type: 'jsonb', nullable: true })
  candidate!: DeployableModel | null;

  @Column({ name: 'candidate_mode', type: 'text', nullable: true })
  candidateMode!: CandidateMode | null;

  /** canary: share of requests answered by the candidate; shadow: share mirrored to it. */
  @Column({ name: 'traffic_percent', type: 'double precision', default: 0 })
  trafficPercent!: number;

  @Column({ name: 'rollout_id', type: 'uuid', nullable: true })
  rolloutId!: string | null;

  @Column({ name: 'step_index', type: 'integer', default: 0 })
  stepIndex!: number;

  /** The rollout that made `stable` serve; what a later manual rollback names. */
  @Column({ name: 'stable_rollout_id', type: 'uuid', nullable: true })
  stableRolloutId!: string | null;

  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
