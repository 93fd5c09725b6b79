import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data contracts, submitted batches and the dataset versions made from them. */
export class CreateIngestionTables1764000100000 implements MigrationInterface {
  name = 'CreateIngestionTables1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.data_contracts (
        dataset text NOT NULL,
        version integer NOT NULL,
        sha256 char(64) NOT NULL,
        definition jsonb NOT NULL,
        source text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        PRIMARY KEY (dataset, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.batches (
        batch_id uuid PRIMARY KEY,
        dataset text NOT NULL,
        content_sha256 char(64) NOT NULL,
        contract_version integer NOT NULL,
        format text NOT NULL,
        raw_uri text NOT NULL,
        raw_size_bytes bigint NOT NULL,
        media_type text NOT NULL,
        intake text NOT NULL,
        source text NOT NULL,
        claimed_row_count bigint,
        submitted_at timestamptz NOT NULL,
        status text NOT NULL,
        duplicate_of uuid REFERENCES ${schema}.batches (batch_id),
        dataset_version_id uuid,
        rejection_reason text,
        violations jsonb NOT NULL DEFAULT '[]',
        row_count bigint,
        profile jsonb,
        finished_at timestamptz
      )`);
    // Same bytes under the same contract are one batch; resubmissions point at it.
    await queryRunner.query(`
      CREATE UNIQUE INDEX batches_content_key ON ${schema}.batches (dataset, content_sha256, contract_version)
        WHERE duplicate_of IS NULL`);
    await queryRunner.query(
      `CREATE INDEX batches_dataset ON ${schema}.batches (dataset, submitted_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.dataset_versions (
        id uuid PRIMARY KEY,
        dataset text NOT NULL,
        version integer NOT NULL,
        parent_id uuid REFERENCES ${schema}.dataset_versions (id),
        batch_id uuid NOT NULL REFERENCES ${schema}.batches (batch_id),
        contract_version integer NOT NULL,
        row_count bigint NOT NULL,
        content_sha256 char(64) NOT NULL,
        manifest jsonb NOT NULL,
        manifest_uri text NOT NULL,
        profile jsonb NOT NULL,
        profile_uri text NOT NULL,
        warnings jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (dataset, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.dataset_versions`);
    await queryRunner.query(`DROP TABLE ${schema}.batches`);
    await queryRunner.query(`DROP TABLE ${schema}.data_contracts`);
  }
}
