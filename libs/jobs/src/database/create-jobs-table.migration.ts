import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates the `jobs` table (long work started by events) inside the service's own schema. */
export class CreateJobsTable1764000000000 implements MigrationInterface {
  name = 'CreateJobsTable1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.jobs (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        aggregate_key text NOT NULL,
        state text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
        input jsonb NOT NULL,
        result jsonb,
        error_code text,
        error_message text,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts int NOT NULL CHECK (max_attempts >= 1),
        run_after timestamptz NOT NULL DEFAULT now(),
        lease_owner text,
        lease_expires_at timestamptz,
        correlation_id text NOT NULL,
        causation_id uuid,
        caused_by_event_type text,
        traceparent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CONSTRAINT jobs_lease_only_while_running
          CHECK ((state = 'running') = (lease_expires_at IS NOT NULL)),
        -- One job of a kind per event, even if the event is handled twice outside an inbox.
        CONSTRAINT jobs_kind_causation_unique UNIQUE (kind, causation_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX jobs_queued_idx ON ${schema}.jobs (run_after, created_at) WHERE state = 'queued'`,
    );
    await queryRunner.query(
      `CREATE INDEX jobs_leases_idx ON ${schema}.jobs (lease_expires_at) WHERE state = 'running'`,
    );
    await queryRunner.query(
      `CREATE INDEX jobs_aggregate_idx ON ${schema}.jobs (kind, aggregate_key, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.jobs`);
  }
}
