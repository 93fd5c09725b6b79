import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { CreateIngestionTables1764000100000 } from './1764000100000-create-ingestion-tables';

/**
 * Every migration of the ingestion schema, run in timestamp order at start-up after the messaging
 * migrations (outbox, inbox) that the service runtime adds. Files go next to this one
 * (`<timestamp>-<what>.ts`, tables created in `migrationSchema(queryRunner)`).
 */
export const INGESTION_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  CreateIngestionTables1764000100000,
];
