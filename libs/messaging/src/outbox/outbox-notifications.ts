import type { DataSource, EntityManager } from 'typeorm';

/**
 * Postgres channel on which a schema's outbox announces new rows. NOTIFY is transactional: the
 * relay hears it only once the row is committed, so a wake-up never finds nothing to send.
 */
export function outboxChannel(dataSource: DataSource): string {
  return `loopline_outbox_${schemaOf(dataSource)}`.slice(0, 63);
}

/** Name of the advisory lock that elects the one relay publishing a schema's outbox. */
export function relayLockName(dataSource: DataSource): string {
  return `loopline-outbox-relay:${schemaOf(dataSource)}`;
}

/** Called by the writer inside the caller's transaction. */
export async function notifyOutbox(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, NULL)', [outboxChannel(manager.connection)]);
}

function schemaOf(dataSource: DataSource): string {
  return (dataSource.options as { schema?: string }).schema ?? 'public';
}
