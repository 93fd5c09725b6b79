import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliberately no unique constraint on event_id: only the inbox may prevent a second effect. */
export class CreateReceivedEvents1763870000001 implements MigrationInterface {
  name = 'CreateReceivedEvents1763870000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${migrationSchema(queryRunner)}.received_events (
        row_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        received_order bigserial NOT NULL,
        event_id uuid NOT NULL,
        envelope jsonb NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.received_events`);
  }
}
