import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Monitoring windows: one open per serving version and role, closed ones kept as history. */
export class CreateWindowTables1790000200000 implements MigrationInterface {
  name = 'CreateWindowTables1790000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.monitoring_windows (
        window_id uuid PRIMARY KEY,
        model_name text NOT NULL,
        training_run_id text NOT NULL,
        model_version integer,
        role text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        window_start bigint NOT NULL,
        window_end bigint NOT NULL,
        closes_at bigint NOT NULL,
        row_count integer NOT NULL,
        reference_sha256 text,
        sketch jsonb,
        latency jsonb NOT NULL,
        close_reason text,
        closed_at bigint,
        drift jsonb,
        drifting boolean,
        report jsonb
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX monitoring_windows_one_open
        ON ${schema}.monitoring_windows (model_name, training_run_id, role) WHERE status = 'open'`);
    await queryRunner.query(`
      CREATE INDEX monitoring_windows_by_model
        ON ${schema}.monitoring_windows (model_name, window_start DESC)`);
    await queryRunner.query(`
      CREATE INDEX monitoring_windows_due
        ON ${schema}.monitoring_windows (closes_at) WHERE status = 'open'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.monitoring_windows`);
  }
}
