import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Retraining state per model, every decision, the requests it published and fired schedules. */
export class CreateRetrainingTables1790000400000 implements MigrationInterface {
  name = 'CreateRetrainingTables1790000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.retraining_models (
        model_name text PRIMARY KEY,
        last_requested_at timestamptz,
        in_flight_request_id uuid,
        schedule text,
        schedule_since timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.retraining_decisions (
        decision_id uuid PRIMARY KEY,
        model_name text NOT NULL,
        trigger text NOT NULL,
        cause_event_id text,
        window_id text,
        serving_training_run_id text,
        scheduled_for timestamptz,
        outcome text NOT NULL,
        reason text NOT NULL,
        training_request_id uuid,
        decided_at timestamptz NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await queryRunner.query(`
      CREATE INDEX retraining_decisions_by_model
      ON ${schema}.retraining_decisions (model_name, decided_at DESC, seq DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.retraining_requests (
        request_id uuid PRIMARY KEY,
        model_name text NOT NULL,
        decision_id uuid NOT NULL,
        trigger text NOT NULL,
        feature_set_id text,
        requested_at timestamptz NOT NULL,
        training_run_id text,
        ended_at timestamptz,
        ending text,
        ending_detail text
      )`);
    await queryRunner.query(`
      CREATE INDEX retraining_requests_by_run
      ON ${schema}.retraining_requests (training_run_id) WHERE training_run_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.retraining_schedule_fires (
        model_name text NOT NULL,
        scheduled_for timestamptz NOT NULL,
        fired_at timestamptz NOT NULL,
        instance_id text NOT NULL,
        decision_id uuid NOT NULL,
        PRIMARY KEY (model_name, scheduled_for)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of [
      'retraining_schedule_fires',
      'retraining_requests',
      'retraining_decisions',
      'retraining_models',
    ])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
