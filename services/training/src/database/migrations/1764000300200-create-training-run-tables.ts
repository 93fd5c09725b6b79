import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The feature sets seen on Kafka, and the per-model slot that lets one run train at a time. */
export class CreateTrainingRunTables1764000300200 implements MigrationInterface {
  name = 'CreateTrainingRunTables1764000300200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    // Projection of the feature store's FeatureSetMaterialized events: what can be trained on.
    await queryRunner.query(`
      CREATE TABLE ${schema}.feature_sets (
        id uuid PRIMARY KEY,
        view_name text NOT NULL,
        view_version integer NOT NULL,
        materialized_at timestamptz NOT NULL,
        materialized jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_sets_newest ON ${schema}.feature_sets (view_name, view_version DESC, materialized_at DESC)`,
    );
    // One row per model: the run in flight, and the requests that arrived meanwhile, coalesced
    // into the one follow-up run that starts when it ends.
    await queryRunner.query(`
      CREATE TABLE ${schema}.training_slots (
        model_name text PRIMARY KEY,
        active_run_id uuid,
        pending jsonb
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.training_slots`);
    await queryRunner.query(`DROP TABLE ${schema}.feature_sets`);
  }
}
