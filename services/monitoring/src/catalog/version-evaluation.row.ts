import type { ArtifactRef } from '@loopline/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A version's evaluation report (from its gate verdict), in a table of its own: the verdict may
 * arrive before or after the registry numbers the version.
 */
@Entity({ name: 'version_evaluations' })
export class VersionEvaluationRow {
  @PrimaryColumn({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ type: 'jsonb' })
  report!: ArtifactRef;
}
