import type { MigrationClass } from '@loopline/persistence';

/** A TypeORM entity class. */
export type EntityClass = new (...args: never[]) => unknown;

/** What distinguishes one service's platform wiring from another's. */
export interface ServiceIdentity {
  /** Kebab-case: `feature-store`. Metric label, Postgres application_name, log prefix. */
  name: string;
  /** TypeORM entities of the service (its `database/` folder); the runtime adds messaging's. */
  entities: EntityClass[];
  /** The service's own migrations; the runtime runs messaging's (outbox, inbox) first. */
  migrations: MigrationClass[];
}
