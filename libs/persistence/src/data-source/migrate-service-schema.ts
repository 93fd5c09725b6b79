import { ErrorKind, PlatformError } from '@loopline/errors';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { toConnectionError } from '../errors/to-persistence-error';
import { PersistenceErrorCode } from '../persistence-error-code';
import { quoteIdentifier } from './quote-identifier';

/**
 * Creates the data source's schema if missing, then runs its pending migrations; returns the
 * names of the migrations it ran (empty when already up to date). Replicas starting together
 * serialise on a Postgres advisory lock per schema, so a migration never runs twice at once and
 * `CREATE SCHEMA IF NOT EXISTS` cannot race.
 */
export async function migrateServiceSchema(dataSource: DataSource): Promise<string[]> {
  const options = dataSource.options as PostgresConnectionOptions;
  const schema = quoteIdentifier(options.schema);
  const lockKey = `loopline.migrations.${options.schema}`;
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw toConnectionError(error, options.url ?? '');
  }
  try {
    await lock.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const executed = await dataSource.runMigrations({ transaction: 'each' });
    return executed.map((migration) => migration.name);
  } catch (error) {
    if (error instanceof PlatformError) throw error;
    throw new PlatformError(
      PersistenceErrorCode.MigrationFailed,
      `Migrating schema ${schema} failed: ${error instanceof Error ? error.message : String(error)}. Migrations that ` +
        'committed stay applied; fix the failing migration (or the data it trips on) and restart.',
      {
        kind: ErrorKind.Internal,
        retriable: false,
        cause: error,
        details: { schema: options.schema },
      },
    );
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    await lock.release().catch(() => undefined);
  }
}
