import { quoteIdentifier } from '@loopline/persistence';
import type { EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/**
 * The model's next version number: the counter row is bumped (and so row-locked until commit)
 * in one statement, so concurrent registrations get distinct numbers and a number once given is
 * never given again, even if a version row were ever removed.
 */
export async function nextVersionNumber(
  manager: EntityManager,
  modelName: string,
): Promise<number> {
  const schema = (manager.connection.options as PostgresConnectionOptions).schema ?? 'public';
  const table = `${quoteIdentifier(schema)}.model_version_counters`;
  const rows = (await manager.query(
    `INSERT INTO ${table} AS counter (model_name, last_version) VALUES ($1, 1)
     ON CONFLICT (model_name) DO UPDATE SET last_version = counter.last_version + 1
     RETURNING last_version`,
    [modelName],
  )) as { last_version: number }[];
  return rows[0].last_version;
}
