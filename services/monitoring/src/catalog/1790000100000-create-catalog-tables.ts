import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Monitoring's read model of other services' decisions: versions, feature sets, champions. */
export class CreateCatalogTables1790000100000 implements MigrationInterface {
  name = 'CreateCatalogTables1790000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.monitored_versions (
        training_run_id text PRIMARY KEY,
        model_name text NOT NULL,
        model_version integer,
        task text NOT NULL,
        feature_set_id text NOT NULL,
        feature_view_name text NOT NULL,
        feature_view_version integer NOT NULL,
        dataset_name text NOT NULL,
        dataset_version_id text NOT NULL,
        test_metrics jsonb NOT NULL,
        transform jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.version_evaluations (
        training_run_id text PRIMARY KEY,
        report jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.known_feature_sets (
        feature_set_id text PRIMARY KEY,
        feature_view_name text NOT NULL,
        feature_view_version integer NOT NULL,
        dataset_name text NOT NULL,
        dataset_version_id text NOT NULL,
        drift_reference jsonb,
        materialized_at bigint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE INDEX known_feature_sets_newest
        ON ${schema}.known_feature_sets (feature_view_name, materialized_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.serving_champions (
        model_name text PRIMARY KEY,
        training_run_id text NOT NULL,
        model_version integer,
        rollout_id text NOT NULL,
        since bigint NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.serving_champions`);
    await queryRunner.query(`DROP TABLE ${schema}.known_feature_sets`);
    await queryRunner.query(`DROP TABLE ${schema}.version_evaluations`);
    await queryRunner.query(`DROP TABLE ${schema}.monitored_versions`);
  }
}
