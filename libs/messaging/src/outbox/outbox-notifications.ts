import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Postgres channel on which a schema's outbox announces new rows. NOTIFY is transactional: the
 * relay hears it only once the row is committed, so a wake-up never finds nothing to send.
 */
export function outboxChannel(dataSource: DataSource): string {
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  return `loopline_outbox_${schema}`.slice(0, 63);
}

/** Called by the writer inside the caller's transaction. */
export async function notifyOutbox(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_notify($1, NULL)', [outboxChannel(manager.connection)]);
}

/**
 * Holds one pooled connection LISTENing on the outbox channel and calls `onNotify` for each
 * commit. If the connection drops the relay still polls, so losing it only costs latency.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
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
      this.logger.warn(`outbox listener lost its connection (${error.message}); polling only`);
      this.client = undefined;
    });
    await client.query(`LISTEN "${outboxChannel(this.dataSource)}"`);
    this.client = client;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query(`UNLISTEN "${outboxChannel(this.dataSource)}"`).catch(() => undefined);
    client.release();
  }
}
