import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * One pooled PostgreSQL connection LISTENing on a channel, for a loop that otherwise polls (the
 * outbox relay, the job worker). `onWake` rings for every notification, after every (re)connect
 * (something may have been committed meanwhile) and when the connection is lost, so the loop
 * wakes, calls `ensureListening()` again and is back on notifications as soon as the database
 * is, instead of silently falling back to polling.
 */
export class NotificationSession {
  private readonly logger: Logger;
  private current?: PoolClient;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onWake: () => void,
    owner: string,
  ) {
    this.logger = new Logger(owner);
  }

  /** The listening connection, if it is up; session-level state (locks) lives and dies with it. */
  get client(): PoolClient | undefined {
    return this.current;
  }

  /** Connects and listens unless already listening; throws while the database is unreachable. */
  async ensureListening(): Promise<PoolClient> {
    if (this.current) return this.current;
    const pool = (
      this.dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }
    ).master;
    const client = await pool.connect();
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('connection ended')));
    try {
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    this.current = client;
    this.onWake();
    return client;
  }

  /** Stops listening and hands the connection back, running `beforeRelease` on it first. */
  async close(beforeRelease?: (client: PoolClient) => Promise<unknown>): Promise<void> {
    const client = this.current;
    this.current = undefined;
    if (!client) return;
    try {
      await beforeRelease?.(client);
      await client.query(`UNLISTEN "${this.channel}"`);
      client.release();
    } catch {
      client.release(true);
    }
  }

  private lose(client: PoolClient, error: Error): void {
    if (this.current !== client) return;
    this.logger.warn(`lost the ${this.channel} listener (${error.message}); reconnecting`);
    this.current = undefined;
    client.release(true);
    this.onWake();
  }
}
