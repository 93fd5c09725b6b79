import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Logged predictions waiting for (or joined with) their labels, labels waiting for their
 * predictions, per-window realized-metric tallies with their score histograms, and the label
 * files received.
 */
export class CreatePerformanceTables1790000300000 implements MigrationInterface {
  name = 'CreatePerformanceTables1790000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    // Sums over labelled predictions: a label adds its share, a replacing label swaps shares.
    await queryRunner.query(`
      CREATE TABLE ${schema}.performance_windows (
        window_id text PRIMARY KEY,
        model_name text NOT NULL,
        training_run_id text NOT NULL,
        model_version integer,
        task text NOT NULL,
        first_request_at timestamptz NOT NULL,
        last_request_at timestamptz NOT NULL,
        prediction_count bigint NOT NULL DEFAULT 0,
        labeled_count bigint NOT NULL DEFAULT 0,
        correct_count bigint NOT NULL DEFAULT 0,
        true_positives bigint NOT NULL DEFAULT 0,
        false_positives bigint NOT NULL DEFAULT 0,
        false_negatives bigint NOT NULL DEFAULT 0,
        squared_error_sum double precision NOT NULL DEFAULT 0,
        absolute_error_sum double precision NOT NULL DEFAULT 0,
        degraded_event_id uuid,
        degraded_at timestamptz,
        degradation jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX performance_windows_model ON ${schema}.performance_windows (model_name, first_request_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.performance_window_score_bins (
        window_id text NOT NULL REFERENCES ${schema}.performance_windows (window_id) ON DELETE CASCADE,
        bin smallint NOT NULL,
        positives bigint NOT NULL DEFAULT 0,
        negatives bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (window_id, bin)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.performance_predictions (
        prediction_id text PRIMARY KEY,
        window_id text NOT NULL,
        training_run_id text NOT NULL,
        requested_at timestamptz NOT NULL,
        predicted_label text,
        predicted_value double precision,
        score double precision,
        label_class text,
        label_value double precision,
        label_batch_id uuid,
        labeled_at timestamptz,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX performance_predictions_recorded ON ${schema}.performance_predictions (recorded_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.performance_pending_labels (
        prediction_id text PRIMARY KEY,
        batch_id uuid NOT NULL,
        model_name text,
        label_column text NOT NULL,
        raw_label text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX performance_pending_labels_received ON ${schema}.performance_pending_labels (received_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX performance_pending_labels_model ON ${schema}.performance_pending_labels (model_name)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.performance_label_batches (
        batch_id uuid PRIMARY KEY,
        dataset_name text NOT NULL,
        model_name text,
        labels_uri text NOT NULL,
        labels_sha256 char(64) NOT NULL,
        labels_size_bytes bigint NOT NULL,
        format text NOT NULL,
        join_key text NOT NULL,
        label_column text NOT NULL,
        claimed_row_count bigint NOT NULL,
        status text NOT NULL,
        row_count bigint,
        joined_count bigint,
        pending_count bigint,
        rejected_count bigint,
        duplicate_count bigint,
        rejections jsonb NOT NULL DEFAULT '[]',
        joined_models text[] NOT NULL DEFAULT '{}',
        late_joined_count bigint NOT NULL DEFAULT 0,
        late_rejected_count bigint NOT NULL DEFAULT 0,
        error text,
        received_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX performance_label_batches_model ON ${schema}.performance_label_batches (model_name)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    for (const table of [
      'performance_label_batches',
      'performance_pending_labels',
      'performance_predictions',
      'performance_window_score_bins',
      'performance_windows',
    ])
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
  }
}
