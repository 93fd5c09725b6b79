import type { EntitySchema, MixedList } from 'typeorm';

/** A migration class as TypeORM takes it (`class X1732… implements MigrationInterface`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationClass = new (...args: any[]) => import('typeorm').MigrationInterface;

/** Options of `PersistenceModule.forRoot` and `createServiceDataSource`. */
export interface PersistenceOptions {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /**
   * The service's own Postgres schema (`registry`, `feature_store`). Its tables, and the
   * `migrations` bookkeeping table, live there; it is created on start-up if missing.
   */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: MixedList<(new (...args: any[]) => unknown) | string | EntitySchema<any>>;
  /** Migration classes; they run in timestamp order, each in its own transaction. */
  migrations: MigrationClass[];
  /** Shown as `application_name` in `pg_stat_activity`, so DBAs see who holds a connection. */
  serviceName: string;
  /** Maximum pool connections (default 10; at least 2, migrations hold a lock on one). */
  poolSize?: number;
  /** Connection attempts at start-up before giving up (default 10, 1 s apart). */
  retryAttempts?: number;
  retryDelayMs?: number;
}
