import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates the table that remembers Idempotency-Keys of HTTP requests that publish. */
export class CreateIdempotencyKeys1764000000000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    // Keys are scoped by principal, so one client can neither replay nor block another's key.
    // The response columns are written in the transaction that inserts the row, so a committed
    // row always has them; they are nullable only for the moment in between.
    // `json`, not `jsonb`: it keeps the body byte for byte, so a replay answers exactly the same.
    await queryRunner.query(`
      CREATE TABLE ${schema}.idempotency_keys (
        principal text NOT NULL DEFAULT '',
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        response_status int,
        response_body json,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, idempotency_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_created_at_idx ON ${schema}.idempotency_keys (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.idempotency_keys`);
  }
}
