import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { CreateFeatureStoreTables1764000200000 } from './1764000200000-create-feature-store-tables';

/**
 * Every migration of the feature-store schema, run in timestamp order at start-up after the messaging
 * migrations (outbox, inbox) that the service runtime adds. Files go next to this one
 * (`<timestamp>-<what>.ts`, tables created in `migrationSchema(queryRunner)`).
 */
export const FEATURE_STORE_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  CreateFeatureStoreTables1764000200000,
];
