import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { CreateTrainingRunTables1764000300200 } from './1764000300200-create-training-run-tables';
import { TRACKING_MIGRATIONS } from '../../tracking/tracking.database';
import { TRAINING_CONFIG_MIGRATIONS } from '../../training-configs/training-configs.database';

/**
 * Every migration of the training schema, run in timestamp order at start-up after the messaging
 * migrations (outbox, inbox) that the service runtime adds. Files go next to this one
 * (`<timestamp>-<what>.ts`, tables created in `migrationSchema(queryRunner)`); each module's own
 * tables are created by migrations in its folder.
 */
export const TRAINING_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  ...TRAINING_CONFIG_MIGRATIONS,
  ...TRACKING_MIGRATIONS,
  CreateTrainingRunTables1764000300200,
];
