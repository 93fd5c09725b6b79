import type { PersistenceOptions } from '@loopline/persistence';

/** What distinguishes one service's platform wiring from another's. */
export interface ServiceIdentity {
  /** Kebab-case: `feature-store`. Metric label, Postgres application_name, log prefix. */
  name: string;
  /** TypeORM entities of the service (its `database/` folder). */
  entities: PersistenceOptions['entities'];
  /** The service's migrations, messaging's included (see `MESSAGING_MIGRATIONS`). */
  migrations: PersistenceOptions['migrations'];
}
