import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One event may start jobs of one kind for several aggregates (a dataset version feeds every
 * feature view that reads it), but still never two for the same aggregate: the idempotency key
 * becomes (kind, causation_id, aggregate_key).
 */
export class JobCausePerAggregate1764000000001 implements MigrationInterface {
  name = 'JobCausePerAggregate1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE ${schema}.jobs DROP CONSTRAINT jobs_kind_causation_unique`,
    );
    await queryRunner.query(
      `ALTER TABLE ${schema}.jobs ADD CONSTRAINT jobs_kind_causation_key_unique UNIQUE (kind, causation_id, aggregate_key)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE ${schema}.jobs DROP CONSTRAINT jobs_kind_causation_key_unique`,
    );
    await queryRunner.query(
      `ALTER TABLE ${schema}.jobs ADD CONSTRAINT jobs_kind_causation_unique UNIQUE (kind, causation_id)`,
    );
  }
}
