import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The model registry's state, built from lifecycle events and approvers' decisions: versions and
 * their numbering, gate verdicts by training run, aliases and every move of them, promotion
 * decisions, and the dataset versions and feature sets that lineage joins through.
 */
export class CreateModelRegistry1764000500000 implements MigrationInterface {
  name = 'CreateModelRegistry1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_version_counters (
        model_name text PRIMARY KEY,
        last_version int NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_versions (
        model_name text NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        training_run_id text NOT NULL UNIQUE,
        stage text NOT NULL,
        stage_changed_at timestamptz NOT NULL,
        task text NOT NULL,
        feature_set_id text NOT NULL,
        feature_view_name text NOT NULL,
        feature_view_version int NOT NULL,
        dataset_name text NOT NULL,
        dataset_version_id text NOT NULL,
        dataset_content_sha256 text NOT NULL,
        config_hash text NOT NULL,
        code_commit text NOT NULL,
        artifact jsonb NOT NULL,
        transform jsonb NOT NULL,
        feature_names jsonb NOT NULL,
        label_column text NOT NULL,
        training_metrics jsonb NOT NULL,
        validation_metrics jsonb NOT NULL,
        test_metrics jsonb NOT NULL,
        epochs int NOT NULL,
        parameter_count bigint NOT NULL,
        seed bigint NOT NULL,
        backend text NOT NULL,
        framework_version text NOT NULL,
        duration_ms bigint NOT NULL,
        completed_at timestamptz NOT NULL,
        registered_at timestamptz NOT NULL,
        correlation_id text NOT NULL,
        PRIMARY KEY (model_name, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX model_versions_feature_set_idx ON ${schema}.model_versions (feature_set_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX model_versions_dataset_version_idx ON ${schema}.model_versions (dataset_version_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.gate_verdicts (
        training_run_id text PRIMARY KEY,
        model_name text NOT NULL,
        evaluation_id text NOT NULL,
        passed boolean NOT NULL,
        policy_name text NOT NULL,
        policy_version int NOT NULL,
        checks jsonb NOT NULL,
        metrics jsonb NOT NULL,
        report jsonb,
        baseline_model_version int,
        evaluated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.model_aliases (
        model_name text NOT NULL,
        alias text NOT NULL,
        version int NOT NULL,
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (model_name, alias)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.alias_moves (
        id bigserial PRIMARY KEY,
        model_name text NOT NULL,
        alias text NOT NULL,
        version int,
        previous_version int,
        reason text NOT NULL,
        assigned_by text NOT NULL,
        assigned_at timestamptz NOT NULL,
        event_id uuid
      )`);
    await queryRunner.query(
      `CREATE INDEX alias_moves_alias_idx ON ${schema}.alias_moves (model_name, alias, assigned_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.promotion_decisions (
        approval_id uuid PRIMARY KEY,
        model_name text NOT NULL,
        version int NOT NULL,
        training_run_id text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
        target_alias text NOT NULL,
        strategy text,
        decided_by text NOT NULL,
        comment text,
        overridden_evaluation_id text,
        decided_at timestamptz NOT NULL,
        event_id uuid NOT NULL UNIQUE
      )`);
    await queryRunner.query(
      `CREATE INDEX promotion_decisions_version_idx ON ${schema}.promotion_decisions (model_name, version)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.dataset_versions (
        dataset_version_id text PRIMARY KEY,
        dataset_name text NOT NULL,
        version int NOT NULL,
        content_sha256 text NOT NULL,
        source_batch_ids jsonb NOT NULL,
        row_count bigint NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.feature_sets (
        feature_set_id text PRIMARY KEY,
        feature_view_name text NOT NULL,
        feature_view_version int NOT NULL,
        dataset_name text NOT NULL,
        dataset_version_id text NOT NULL,
        row_count bigint NOT NULL,
        materialized_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_sets_dataset_version_idx ON ${schema}.feature_sets (dataset_version_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of [
      'feature_sets',
      'dataset_versions',
      'promotion_decisions',
      'alias_moves',
      'model_aliases',
      'gate_verdicts',
      'model_versions',
      'model_version_counters',
    ])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
