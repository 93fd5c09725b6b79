import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tracked training runs, their per-step metric history and their attempts. */
export class CreateTrackingTables1764000300000 implements MigrationInterface {
  name = 'CreateTrackingTables1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.runs (
        id uuid PRIMARY KEY,
        model_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        trigger text NOT NULL,
        reason text NOT NULL,
        requested_by text NOT NULL,
        request_ids text[] NOT NULL,
        coalesced integer NOT NULL DEFAULT 0,
        feature_set_id text,
        config_version integer,
        config_hash text,
        params jsonb NOT NULL DEFAULT '{}',
        config jsonb,
        metrics jsonb NOT NULL DEFAULT '{}',
        tags jsonb NOT NULL DEFAULT '{}',
        lineage jsonb NOT NULL DEFAULT '{}',
        backend text,
        samples_per_second double precision,
        attempts integer NOT NULL DEFAULT 0,
        artifacts jsonb NOT NULL DEFAULT '[]',
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        ended_at timestamptz,
        duration_ms bigint
      )`);
    // The default order (newest first, id breaking ties) and the page-token comparisons on it.
    await queryRunner.query(
      `CREATE INDEX runs_newest ON ${schema}.runs (created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX runs_model_newest ON ${schema}.runs (model_name, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX runs_feature_set ON ${schema}.runs (feature_set_id)`);
    // Equality on params and tags compiles to containment (`params @> {"k":"v"}`), which these
    // serve. Metrics have no index: range predicates over arbitrary keys would need one
    // expression index per key, and scanning the jsonb of 10,000 runs takes a few milliseconds.
    await queryRunner.query(
      `CREATE INDEX runs_params ON ${schema}.runs USING gin (params jsonb_path_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX runs_tags ON ${schema}.runs USING gin (tags jsonb_path_ops)`,
    );
    // No foreign key to runs: its per-row check would cost more than the insert itself when a
    // batch of thousands of points is logged; the store checks the run once per batch instead.
    await queryRunner.query(`
      CREATE TABLE ${schema}.run_metric_points (
        run_id uuid NOT NULL,
        key text NOT NULL,
        step integer NOT NULL,
        value double precision NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (run_id, key, step)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.run_attempts (
        run_id uuid NOT NULL REFERENCES ${schema}.runs (id) ON DELETE CASCADE,
        attempt integer NOT NULL CHECK (attempt > 0),
        backend text,
        outcome text NOT NULL
          CHECK (outcome IN ('running', 'interrupted', 'succeeded', 'failed')),
        note text,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        PRIMARY KEY (run_id, attempt)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of ['run_attempts', 'run_metric_points', 'runs'])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
