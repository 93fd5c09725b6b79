import { JOBS_MIGRATIONS } from '@loopline/jobs';
import type { MigrationClass } from '@loopline/persistence';
import { CATALOG_MIGRATIONS } from '../../catalog';
import { PERFORMANCE_MIGRATIONS } from '../../performance';
import { RETRAINING_MIGRATIONS } from '../../retraining';
import { WINDOWS_MIGRATIONS } from '../../windows';

/**
 * Every migration of the monitoring schema, run in timestamp order at start-up after the
 * messaging migrations (outbox, inbox) that the service runtime adds. Each slice keeps its own
 * next to its code.
 */
export const MONITORING_MIGRATIONS: MigrationClass[] = [
  ...JOBS_MIGRATIONS,
  ...CATALOG_MIGRATIONS,
  ...WINDOWS_MIGRATIONS,
  ...PERFORMANCE_MIGRATIONS,
  ...RETRAINING_MIGRATIONS,
];
