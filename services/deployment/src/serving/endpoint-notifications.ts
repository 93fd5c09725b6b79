import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * LISTENs for endpoint changes on a connection of its own, outside the service's pool: the
 * outbox relay and the job worker already keep one pooled connection each, and a third held for
 * good would starve a small pool. `ensureListening()` reconnects after a loss; `onWake` rings
 * for each notification and after every (re)connect, since something may have changed meanwhile.
 */
export class EndpointNotifications {
  private readonly logger = new Logger(EndpointNotifications.name);
  private client?: Client;
  private connecting?: Promise<void>;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onWake: () => void,
  ) {}

  ensureListening(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string; applicationName?: string };
    const client = new Client({
      connectionString: options.url,
      application_name: `${options.applicationName ?? 'deployment'}-endpoints`,
    });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.onWake();
  }

  private lose(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (!this.closed)
      this.logger.warn(`endpoint notifications lost (${error.message}); polling until back`);
  }
}
