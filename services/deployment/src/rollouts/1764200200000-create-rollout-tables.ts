import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Serving endpoints, rollouts and what each instance observed during each rollout step. */
export class CreateRolloutTables1764200200000 implements MigrationInterface {
  name = 'CreateRolloutTables1764200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.endpoints (
        endpoint_name text PRIMARY KEY,
        model_name text NOT NULL,
        stable jsonb,
        previous jsonb,
        candidate jsonb,
        candidate_mode text,
        traffic_percent double precision NOT NULL DEFAULT 0,
        rollout_id uuid,
        step_index integer NOT NULL DEFAULT 0,
        stable_rollout_id uuid,
        revision integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.rollouts (
        rollout_id uuid PRIMARY KEY,
        endpoint_name text NOT NULL,
        model_name text NOT NULL,
        state text NOT NULL,
        candidate jsonb NOT NULL,
        stable jsonb,
        plan jsonb NOT NULL,
        step_index integer NOT NULL,
        step_started_at timestamptz NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        correlation_id text NOT NULL,
        trigger text NOT NULL,
        completed_steps jsonb NOT NULL DEFAULT '[]',
        last_judgement jsonb
      )`);
    // At most one rollout under way per endpoint: a newer one supersedes it first.
    await queryRunner.query(`
      CREATE UNIQUE INDEX rollouts_one_active ON ${schema}.rollouts (endpoint_name)
      WHERE state IN ('warming', 'in_progress')`);
    await queryRunner.query(`
      CREATE INDEX rollouts_by_model ON ${schema}.rollouts (model_name, started_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.rollout_observations (
        instance_id text NOT NULL,
        rollout_id uuid NOT NULL,
        step_index integer NOT NULL,
        role text NOT NULL,
        observation jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (instance_id, rollout_id, step_index, role)
      )`);
    await queryRunner.query(`
      CREATE INDEX rollout_observations_by_step ON ${schema}.rollout_observations (rollout_id, step_index)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of ['rollout_observations', 'rollouts', 'endpoints'])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
