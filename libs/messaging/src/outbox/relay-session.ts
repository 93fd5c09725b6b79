import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { NotificationSession } from '../notifications/notification-session';
import { outboxChannel, relayLockName } from './outbox-notifications';

/**
 * The relay's own PostgreSQL session: it LISTENs for outbox commits and holds the session-level
 * advisory lock that makes one instance of a service the only relay publishing its outbox (so
 * per-key order holds with several replicas). The lock lives and dies with the listening
 * connection: after a database restart the session listens again and competes for the lock
 * again on the next `lead()`.
 */
export class RelaySession {
  private readonly logger = new Logger(RelaySession.name);
  private readonly notifications: NotificationSession;
  /** The connection the lock was taken on; the lock is gone once that connection is. */
  private lockedOn?: PoolClient;

  constructor(
    private readonly dataSource: DataSource,
    onWork: () => void,
  ) {
    this.notifications = new NotificationSession(
      dataSource,
      outboxChannel(dataSource),
      onWork,
      RelaySession.name,
    );
  }

  get isLeader(): boolean {
    return this.lockedOn !== undefined && this.lockedOn === this.notifications.client;
  }

  /**
   * Listens if needed, then tries to become (or stay) the leader. Throws when the database
   * cannot be reached; the relay backs off and calls again.
   */
  async lead(): Promise<boolean> {
    const client = await this.notifications.ensureListening();
    if (this.lockedOn === client) return true;
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [relayLockName(this.dataSource)],
    );
    this.lockedOn = rows[0]?.locked === true ? client : undefined;
    if (this.lockedOn) this.logger.log(`leading ${relayLockName(this.dataSource)}`);
    return this.lockedOn !== undefined;
  }

  /** Gives up the lock and the connection, so a standby instance takes over at once. */
  async close(): Promise<void> {
    this.lockedOn = undefined;
    await this.notifications.close((client) => client.query('SELECT pg_advisory_unlock_all()'));
  }
}
