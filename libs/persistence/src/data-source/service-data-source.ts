import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { toConnectionError } from '../errors/to-persistence-error';
import type { PersistenceOptions } from '../persistence-options.interface';
import { quoteIdentifier } from './quote-identifier';
import { migrateServiceSchema } from './migrate-service-schema';

export const DEFAULT_POOL_SIZE = 10;

/**
 * TypeORM options for one service's data source: its own schema, migrations from files (never
 * `synchronize`), and migration bookkeeping in `<schema>.migrations`.
 */
export function serviceDataSourceOptions(options: PersistenceOptions): PostgresConnectionOptions {
  quoteIdentifier(options.schema); // fail at start-up, not in the first query
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    applicationName: options.serviceName,
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectTimeoutMS: 5000,
    logging: ['warn', 'migration'],
  };
}

/**
 * An uninitialised data source for a service; what the TypeORM CLI expects a data-source file
 * to export. Use `openServiceDataSource` to get one that is connected and migrated.
 */
export function createServiceDataSource(options: PersistenceOptions): DataSource {
  return new DataSource(serviceDataSourceOptions(options));
}

/**
 * Connects and (by default) brings the schema up to date: creates the schema if missing, then
 * runs pending migrations. Connection failures become `PERSISTENCE.UNAVAILABLE` (retriable) or
 * `PERSISTENCE.CONNECTION_REJECTED`; a half-opened data source is closed before rethrowing, so a
 * retry never leaks a pool. `onMigrated` receives the names of the migrations that ran. For
 * tests, scripts, and `PersistenceModule` itself.
 */
export async function openServiceDataSource(
  dataSourceOrOptions: DataSource | PersistenceOptions,
  {
    runMigrations = true,
    onMigrated,
  }: { runMigrations?: boolean; onMigrated?: (applied: string[]) => void } = {},
): Promise<DataSource> {
  const dataSource =
    dataSourceOrOptions instanceof DataSource
      ? dataSourceOrOptions
      : createServiceDataSource(dataSourceOrOptions);
  const url = (dataSource.options as PostgresConnectionOptions).url ?? '';
  try {
    await dataSource.initialize();
  } catch (error) {
    throw toConnectionError(error, url);
  }
  try {
    if (runMigrations) {
      const applied = await migrateServiceSchema(dataSource);
      onMigrated?.(applied);
    }
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}
