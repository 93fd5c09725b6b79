import { migrationSchema } from '@loopline/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliberately no unique constraint on job_id: only the job lifecycle may prevent a second result. */
export class CreateTrainingResults1764000000001 implements MigrationInterface {
  name = 'CreateTrainingResults1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${migrationSchema(queryRunner)}.training_results (
        row_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL,
        model_name text NOT NULL,
        attempt int NOT NULL,
        worker text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.training_results`);
  }
}
