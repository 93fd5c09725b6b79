import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets housekeeping find old outbox and inbox rows without scanning the whole table. A plain
 * CREATE INDEX, not CONCURRENTLY: migrations run in a transaction, and CONCURRENTLY would also
 * wait for every open transaction of the database. On a very large outbox or inbox, create these
 * indexes by hand with CONCURRENTLY before deploying; IF NOT EXISTS then skips them here.
 */
export class IndexPrunableMessages1764000000001 implements MigrationInterface {
  name = 'IndexPrunableMessages1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS outbox_messages_published_at_idx ON ${schema}.outbox_messages (published_at) WHERE published_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS inbox_entries_handled_at_idx ON ${schema}.inbox_entries (handled_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = migrationSchema(queryRunner);
    await queryRunner.query(`DROP INDEX ${schema}.inbox_entries_handled_at_idx`);
    await queryRunner.query(`DROP INDEX ${schema}.outbox_messages_published_at_idx`);
  }
}
