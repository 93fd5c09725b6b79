import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One attempt at a run: a process that started it, and how that process's work ended. */
@Entity({ name: 'run_attempts' })
export class RunAttemptRow {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @PrimaryColumn({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'text', nullable: true })
  backend!: string | null;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
