import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServingObservation } from './domain';

/**
 * What one instance saw of one role during one rollout step, cumulative: each instance rewrites
 * its own rows, and the instance judging the step adds every instance's rows up.
 */
@Entity({ name: 'rollout_observations' })
export class RolloutObservationRow {
  @PrimaryColumn({ name: 'instance_id', type: 'text' })
  instanceId!: string;

  @PrimaryColumn({ name: 'rollout_id', type: 'uuid' })
  rolloutId!: string;

  @PrimaryColumn({ name: 'step_index', type: 'integer' })
  stepIndex!: number;

  /** champion (stable), challenger (canary or blue-green candidate) or shadow. */
  @PrimaryColumn({ type: 'text' })
  role!: string;

  @Column({ type: 'jsonb' })
  observation!: ServingObservation;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
