import type { DataSource, EntityManager } from 'typeorm';

/**
 * Postgres channel on which a schema's queue announces new jobs. NOTIFY is transactional: a
 * worker hears it only once the enqueuing transaction (the inbox's) has committed.
 */
export function jobsChannel(dataSource: DataSource): string {
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  return `loopline_jobs_${schema}`.slice(0, 63);
}

/** Called by the queue inside the enqueuing transaction. */
export async function notifyJobs(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, NULL)', [jobsChannel(manager.connection)]);
}
