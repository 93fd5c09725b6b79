import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deployment's projections: the models it may serve and the registry's approval rules. */
export class CreateProjectionTables1764200100000 implements MigrationInterface {
  name = 'CreateProjectionTables1764200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.known_models (
        training_run_id text PRIMARY KEY,
        model_name text NOT NULL,
        model_version integer,
        artifact jsonb NOT NULL,
        transform jsonb NOT NULL,
        lineage jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX known_models_version ON ${schema}.known_models (model_name, model_version)
      WHERE model_version IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_approval_rules (
        model_name text PRIMARY KEY,
        policy_version integer NOT NULL,
        approval_required_for jsonb NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.model_approval_rules`);
    await queryRunner.query(`DROP TABLE ${schema}.known_models`);
  }
}
