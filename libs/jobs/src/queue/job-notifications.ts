import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
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

/**
 * Holds one pooled connection LISTENing on the jobs channel and calls `onNotify` for each commit
 * that enqueued a job. If the connection drops the worker still polls; only latency is lost.
 */
export class JobListener {
  private readonly logger = new Logger(JobListener.name);
  private client?: PoolClient;

  constructor(
    private readonly dataSource: DataSource,
    private readonly onNotify: () => void,
  ) {}

  async start(): Promise<void> {
    const pool = (
      this.dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }
    ).master;
    const client = await pool.connect();
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => {
      this.logger.warn(`jobs listener lost its connection (${error.message}); polling only`);
      this.client = undefined;
    });
    await client.query(`LISTEN "${jobsChannel(this.dataSource)}"`);
    this.client = client;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query(`UNLISTEN "${jobsChannel(this.dataSource)}"`).catch(() => undefined);
    client.release();
  }
}
