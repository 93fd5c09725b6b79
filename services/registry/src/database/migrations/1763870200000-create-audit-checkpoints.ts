import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The checkpoints of the audit chain this registry published, so it anchors only new heads. */
export class CreateAuditCheckpoints1763870200000 implements MigrationInterface {
  name = 'CreateAuditCheckpoints1763870200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.audit_checkpoints (
        sequence bigint PRIMARY KEY,
        head_hash char(64) NOT NULL,
        entry_count bigint NOT NULL,
        event_id uuid NOT NULL UNIQUE,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.audit_checkpoints`);
  }
}
