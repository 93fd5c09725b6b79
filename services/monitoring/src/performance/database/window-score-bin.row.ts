import { bigintAsNumber } from '@loopline/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Labelled positives and negatives of one window in one score bin (binary models). */
@Entity({ name: 'performance_window_score_bins' })
export class WindowScoreBinRow {
  @PrimaryColumn({ name: 'window_id', type: 'text' }) windowId!: string;
  @PrimaryColumn({ type: 'smallint' }) bin!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) positives!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) negatives!: number;
}
