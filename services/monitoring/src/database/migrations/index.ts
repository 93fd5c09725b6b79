import type { MigrationClass } from '@loopline/persistence';

/**
 * Every migration of the monitoring schema, run in timestamp order at start-up after the messaging
 * migrations (outbox, inbox) that the service runtime adds. Files go next to this one
 * (`<timestamp>-<what>.ts`, tables created in `migrationSchema(queryRunner)`).
 */
export const MONITORING_MIGRATIONS: MigrationClass[] = [];
