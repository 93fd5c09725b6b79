import type { EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/**
 * Serialises label loads against prediction logging for the rest of the transaction. Without
 * it a label committed while its prediction was being recorded would be missed by both sides:
 * the label job saw no prediction and parked the label, the recording saw no parked label. Logs
 * share the lock (they touch different predictions); a label load takes it alone.
 */
export async function lockJoins(manager: EntityManager, mode: 'record' | 'load'): Promise<void> {
  const schema = (manager.connection.options as PostgresConnectionOptions).schema ?? 'public';
  const lock = mode === 'record' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${lock}(hashtextextended($1, 0))`, [
    `loopline-monitoring-label-join:${schema}`,
  ]);
}
