import type { MigrationClass } from '@loopline/persistence';
import { MESSAGING_MIGRATIONS } from '@loopline/service-runtime';

/**
 * Every migration of the deployment schema; they run in timestamp order at start-up. The
 * service's own migrations are files next to this one (`<timestamp>-<what>.migration.ts`,
 * tables created in `migrationSchema(queryRunner)`); there are none yet because no use case
 * of the service stores anything so far.
 */
export const DEPLOYMENT_MIGRATIONS: MigrationClass[] = [...MESSAGING_MIGRATIONS];
