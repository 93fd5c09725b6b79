import type { ArtifactRef, GateCheckResult } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One gate verdict on one trained model; never changed once written. */
@Entity({ name: 'evaluations' })
export class EvaluationRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'training_run_id', type: 'text', unique: true })
  trainingRunId!: string;

  @Column({ name: 'model_version', type: 'integer', nullable: true })
  modelVersion!: number | null;

  @Column({ name: 'policy_name', type: 'text' })
  policyName!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'jsonb' })
  checks!: GateCheckResult[];

  @Column({ type: 'jsonb' })
  metrics!: Record<string, number>;

  @Column({ name: 'baseline_model_version', type: 'integer', nullable: true })
  baselineModelVersion!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  report!: ArtifactRef | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;
}
