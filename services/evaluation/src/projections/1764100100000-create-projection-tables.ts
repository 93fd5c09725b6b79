import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The evaluation service's projections of feature sets, model versions and aliases. */
export class CreateProjectionTables1764100100000 implements MigrationInterface {
  name = 'CreateProjectionTables1764100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.feature_sets (
        id uuid PRIMARY KEY,
        materialized jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_versions (
        model_name text NOT NULL,
        version integer NOT NULL,
        training_run_id text NOT NULL,
        registered jsonb NOT NULL,
        PRIMARY KEY (model_name, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_aliases (
        model_name text NOT NULL,
        alias text NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (model_name, alias)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of ['model_aliases', 'model_versions', 'feature_sets'])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
