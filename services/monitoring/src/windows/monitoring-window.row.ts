import type { ArtifactRef } from '@loopline/contracts';
import type { DriftComparison, WindowSketch } from '@loopline/stats';
import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type WindowStatus = 'open' | 'closed';
export type WindowCloseReason = 'rows' | 'time';

/**
 * One window of one serving version's predictions, in bounded size: the inputs and outputs as
 * counts in the reference's bins, latencies as a histogram, never the rows themselves.
 */
@Entity({ name: 'monitoring_windows' })
export class MonitoringWindowRow {
  @PrimaryColumn({ name: 'window_id', type: 'uuid' })
  windowId!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'training_run_id', type: 'text' })
  trainingRunId!: string;

  @Column({ name: 'model_version', type: 'integer', nullable: true })
  modelVersion!: number | null;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text' })
  status!: WindowStatus;

  /** Request time of the earliest row (epoch ms). */
  @Column({ name: 'window_start', type: 'bigint', transformer: bigintAsNumber })
  windowStart!: number;

  /** Request time of the latest row + 1 (epoch ms, exclusive). */
  @Column({ name: 'window_end', type: 'bigint', transformer: bigintAsNumber })
  windowEnd!: number;

  /** Request time at which the window stops taking rows (epoch ms). */
  @Column({ name: 'closes_at', type: 'bigint', transformer: bigintAsNumber })
  closesAt!: number;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount!: number;

  /** sha256 of the reference the sketch counts into; null when no reference was known. */
  @Column({ name: 'reference_sha256', type: 'text', nullable: true })
  referenceSha256!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  sketch!: WindowSketch | null;

  @Column({ type: 'jsonb' })
  latency!: number[];

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: WindowCloseReason | null;

  @Column({ name: 'closed_at', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  closedAt!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  drift!: DriftComparison | null;

  @Column({ type: 'boolean', nullable: true })
  drifting!: boolean | null;

  @Column({ type: 'jsonb', nullable: true })
  report!: ArtifactRef | null;
}
