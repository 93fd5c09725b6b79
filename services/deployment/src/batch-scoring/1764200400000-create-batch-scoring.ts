import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Batch scoring: the dataset versions it can score, its jobs, and each job's written parts. */
export class CreateBatchScoring1764200400000 implements MigrationInterface {
  name = 'CreateBatchScoring1764200400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.batch_scoring_dataset_versions (
        dataset_version_id text PRIMARY KEY,
        dataset_name text NOT NULL,
        version integer NOT NULL,
        manifest jsonb NOT NULL,
        snapshot jsonb NOT NULL,
        row_count bigint NOT NULL,
        event_time_start timestamptz,
        event_time_end timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.batch_scoring_jobs (
        id uuid PRIMARY KEY,
        model_name text NOT NULL,
        model_version integer NOT NULL,
        training_run_id text NOT NULL,
        model_artifact jsonb NOT NULL,
        dataset_version_id text NOT NULL,
        state text NOT NULL,
        total_rows bigint NOT NULL,
        chunk_rows integer NOT NULL,
        parts_total integer NOT NULL,
        requested_by text NOT NULL,
        output jsonb,
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX batch_scoring_jobs_by_model ON ${schema}.batch_scoring_jobs (model_name, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.batch_scoring_parts (
        job_id uuid NOT NULL REFERENCES ${schema}.batch_scoring_jobs (id) ON DELETE CASCADE,
        part_index integer NOT NULL,
        row_start bigint NOT NULL,
        row_count integer NOT NULL,
        uri text NOT NULL,
        sha256 text NOT NULL,
        size_bytes bigint NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (job_id, part_index)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of [
      'batch_scoring_parts',
      'batch_scoring_jobs',
      'batch_scoring_dataset_versions',
    ])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
