import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One job as stored; only the jobs library reads and writes it (handlers get `Job`). */
@Entity({ name: 'jobs' })
@Index('jobs_queued_idx', ['runAfter', 'createdAt'], { where: "state = 'queued'" })
@Index('jobs_leases_idx', ['leaseExpiresAt'], { where: "state = 'running'" })
@Index('jobs_aggregate_idx', ['kind', 'aggregateKey', 'createdAt'])
export class JobRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** The aggregate the work is about (model name, feature view); what the event was keyed by. */
  @Column({ name: 'aggregate_key', type: 'text' })
  aggregateKey!: string;

  /** A `JobState`. */
  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'jsonb' })
  input!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  /** Code of the last failure (kept on a job that later succeeded, for the record). */
  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  /** Attempts started so far; it is also the fencing token of the current lease. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'max_attempts', type: 'int' })
  maxAttempts!: number;

  /** A queued job is not claimed before this (backoff after a retriable failure). */
  @Column({ name: 'run_after', type: 'timestamptz', default: () => 'now()' })
  runAfter!: Date;

  /** The worker holding the lease, or the last one that did. */
  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner!: string | null;

  /** Set exactly while running; a running job past it belongs to a dead worker. */
  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt!: Date | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  /** Id of the event that started the job; absent for jobs started by a person or a schedule. */
  @Column({ name: 'causation_id', type: 'uuid', nullable: true })
  causationId!: string | null;

  @Column({ name: 'caused_by_event_type', type: 'text', nullable: true })
  causedByEventType!: string | null;

  @Column({ type: 'text', nullable: true })
  traceparent!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** When the current (or last) attempt was claimed. */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
