import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { outboxChannel, relayLockName } from './outbox-notifications';

/**
 * The relay's own PostgreSQL session: it LISTENs for outbox commits and holds the session-level
 * advisory lock that makes one instance of a service the only relay publishing its outbox (so
 * per-key order holds with several replicas). Both live and die with the connection: when it
 * drops (a database restart), the session reconnects, listens again and competes for the lock
 * again on the next `lead()`, instead of silently falling back to polling.
 */
export class RelaySession {
  private readonly logger = new Logger(RelaySession.name);
  private client?: PoolClient;
  private leader = false;

  constructor(
    private readonly dataSource: DataSource,
    /**
     * Called for every commit notification, after a reconnect (something may have been missed)
     * and when the session is lost, so the relay loop wakes and reconnects instead of idling.
     */
    private readonly onWork: () => void,
  ) {}

  get isLeader(): boolean {
    return this.leader && this.client !== undefined;
  }

  /**
   * Connects and listens if needed, then tries to become (or stay) the leader. Throws when the
   * database cannot be reached; the relay backs off and calls again.
   */
  async lead(): Promise<boolean> {
    const client = this.client ?? (await this.connect());
    if (this.leader) return true;
    const rows: Array<{ locked: boolean }> = await client
      .query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
        relayLockName(this.dataSource),
      ])
      .then((result) => result.rows);
    this.leader = rows[0]?.locked === true;
    if (this.leader)
      this.logger.log(`leading the outbox relay of ${relayLockName(this.dataSource)}`);
    return this.leader;
  }

  /** Gives up the lock and the connection, so a standby instance takes over at once. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leader = false;
    if (!client) return;
    try {
      await client.query('SELECT pg_advisory_unlock_all()');
      await client.query(`UNLISTEN "${outboxChannel(this.dataSource)}"`);
      client.release();
    } catch {
      client.release(true);
    }
  }

  private async connect(): Promise<PoolClient> {
    const pool = (
      this.dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }
    ).master;
    const client = await pool.connect();
    client.on('notification', () => this.onWork());
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('connection ended')));
    try {
      await client.query(`LISTEN "${outboxChannel(this.dataSource)}"`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    this.client = client;
    this.onWork();
    return client;
  }

  private lose(client: PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.logger.warn(
      `outbox relay session lost (${error.message}); ` +
        `${this.leader ? 'stepping down, ' : ''}reconnecting and listening again`,
    );
    this.client = undefined;
    this.leader = false;
    client.release(true);
    this.onWork();
  }
}
