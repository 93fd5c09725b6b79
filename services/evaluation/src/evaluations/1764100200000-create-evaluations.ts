import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gate verdicts, one per training run. */
export class CreateEvaluations1764100200000 implements MigrationInterface {
  name = 'CreateEvaluations1764100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.evaluations (
        id uuid PRIMARY KEY,
        model_name text NOT NULL,
        training_run_id text NOT NULL UNIQUE,
        model_version integer,
        policy_name text NOT NULL,
        policy_version integer NOT NULL,
        passed boolean NOT NULL,
        checks jsonb NOT NULL,
        metrics jsonb NOT NULL,
        baseline_model_version integer,
        report jsonb,
        evaluated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX evaluations_by_model ON ${schema}.evaluations (model_name, evaluated_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.evaluations`);
  }
}
