import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only, hash-chained audit log of every lifecycle event. */
export class CreateAuditLog1763870100000 implements MigrationInterface {
  name = 'CreateAuditLog1763870100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.audit_log (
        sequence bigint PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        log_offset bigint NOT NULL,
        aggregate_key text NOT NULL,
        correlation_id text NOT NULL,
        causation_id text,
        producer text NOT NULL,
        occurred_at text NOT NULL,
        payload jsonb NOT NULL,
        previous_hash char(64) NOT NULL,
        entry_hash char(64) NOT NULL UNIQUE,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_correlation_idx ON ${schema}.audit_log (correlation_id)`,
    );
    // Append-only in the database too, not just by convention: the hash chain detects a change
    // made by someone who bypasses this (a table owner disabling the trigger), this stops the rest.
    await queryRunner.query(`
      CREATE FUNCTION ${schema}.audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${schema}.audit_log
      FOR EACH ROW EXECUTE FUNCTION ${schema}.audit_log_reject_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${schema}.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.audit_log_reject_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.audit_log`);
    await queryRunner.query(`DROP FUNCTION ${schema}.audit_log_reject_change()`);
  }
}
