import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training configuration versions: one immutable row per (model, version). */
export class CreateTrainingConfigTables1764000300100 implements MigrationInterface {
  name = 'CreateTrainingConfigTables1764000300100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.training_config_versions (
        model_name text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        sha256 char(64) NOT NULL,
        config jsonb NOT NULL,
        source text NOT NULL CHECK (source IN ('file', 'http')),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        PRIMARY KEY (model_name, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.training_config_versions`);
  }
}
