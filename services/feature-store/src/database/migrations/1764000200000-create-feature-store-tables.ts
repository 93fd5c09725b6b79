import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Feature view versions, the dataset versions seen on Kafka, feature sets and online values. */
export class CreateFeatureStoreTables1764000200000 implements MigrationInterface {
  name = 'CreateFeatureStoreTables1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.feature_view_versions (
        name text NOT NULL,
        version integer NOT NULL,
        sha256 char(64) NOT NULL,
        definition jsonb NOT NULL,
        source_dataset text NOT NULL,
        definition_uri text NOT NULL,
        source text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        PRIMARY KEY (name, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_view_versions_dataset ON ${schema}.feature_view_versions (source_dataset)`,
    );
    // Projection of ingestion's DatasetVersionCreated events: what can be materialized.
    await queryRunner.query(`
      CREATE TABLE ${schema}.dataset_versions (
        id uuid PRIMARY KEY,
        dataset text NOT NULL,
        version integer NOT NULL,
        content_sha256 char(64) NOT NULL,
        manifest jsonb NOT NULL,
        row_count bigint NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // Not unique: versions are ingestion's to number, and a projection records what it is told.
    await queryRunner.query(
      `CREATE INDEX dataset_versions_newest ON ${schema}.dataset_versions (dataset, version DESC, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.feature_sets (
        id uuid PRIMARY KEY,
        view_name text NOT NULL,
        view_version integer NOT NULL,
        dataset_version_id uuid NOT NULL REFERENCES ${schema}.dataset_versions (id),
        status text NOT NULL,
        stage text,
        rows_done bigint NOT NULL DEFAULT 0,
        rows_total bigint,
        requested_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        result jsonb,
        error_code text,
        error_message text,
        UNIQUE (view_name, view_version, dataset_version_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.online_features (
        view_name text NOT NULL,
        view_version integer NOT NULL,
        entity text NOT NULL,
        "values" jsonb NOT NULL,
        as_of timestamptz NOT NULL,
        feature_set_id uuid NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (view_name, view_version, entity)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of [
      'online_features',
      'feature_sets',
      'dataset_versions',
      'feature_view_versions',
    ])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
