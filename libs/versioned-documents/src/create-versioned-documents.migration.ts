import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned documents: one immutable row per (kind, name, version). */
export class CreateVersionedDocuments1764100000000 implements MigrationInterface {
  name = 'CreateVersionedDocuments1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.versioned_documents (
        kind text NOT NULL,
        name text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        sha256 char(64) NOT NULL,
        document jsonb NOT NULL,
        source text NOT NULL CHECK (source IN ('file', 'http')),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        PRIMARY KEY (kind, name, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.versioned_documents`);
  }
}
