import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest gate verdict (ModelGatePassed / ModelGateFailed) of a training run. Keyed by run,
 * not version: a verdict may arrive before the registry has numbered the version.
 */
@Entity({ name: 'gate_verdicts' })
export class GateVerdictRow {
  @PrimaryColumn({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'evaluation_id', type: 'text' })
  evaluationId!: string;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ name: 'policy_name', type: 'text' })
  policyName!: string;

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion!: number;

  /** GateCheckResult records as the event carried them. */
  @Column({ type: 'jsonb' })
  checks!: GateCheckColumn[];

  @Column({ type: 'jsonb' })
  metrics!: Record<string, number>;

  /** ArtifactRef of the full evaluation report, or null when none was written. */
  @Column({ type: 'jsonb', nullable: true })
  report!: { uri: string; sha256: string; sizeBytes: number; mediaType: string } | null;

  @Column({ name: 'baseline_model_version', type: 'int', nullable: true })
  baselineModelVersion!: number | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;
}

export interface GateCheckColumn {
  checkName: string;
  metric: string;
  comparator: string;
  threshold: number;
  observed: number | null;
  baseline: number | null;
  passed: boolean;
  message: string;
}
