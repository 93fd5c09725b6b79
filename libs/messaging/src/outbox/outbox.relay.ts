import type { EventCodec } from '@loopline/contracts';
import { PlatformMetrics } from '@loopline/observability';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { DataSource, In } from 'typeorm';
import { OutboxMessageRow } from '../database/outbox-message.row';
import { OutboxListener } from './outbox-notifications';
import { EVENT_CODEC, MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { PRODUCER_OPTIONS } from '../producer-options';
import { sleep } from '../server/sleep';
import { AvroEventSerializer } from '../serializers/avro-event.serializer';

const MAX_FAILURE_BACKOFF_MS = 5_000;

/**
 * Publishes outbox rows in commit order through an idempotent producer and marks them sent in
 * the same transaction that locked them. A crash between send and mark re-sends on restart; the
 * consumers' inbox absorbs that duplicate. `SKIP LOCKED` lets several replicas share the work.
 * It wakes on the writer's NOTIFY (sub-millisecond after commit) and polls as a safety net.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly client: ClientKafka;
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;
  private readonly listener: OutboxListener;
  /** Ends the current idle wait early; set only while the loop is idle. */
  private wakeUp?: () => void;
  /** A commit was announced while the loop was busy: skip the next idle wait. */
  private workAnnounced = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: PlatformMetrics,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    @Inject(EVENT_CODEC) codec: EventCodec,
  ) {
    this.client = new ClientKafka({
      client: { clientId: `${options.serviceName}-outbox`, brokers: options.brokers },
      producer: { ...PRODUCER_OPTIONS },
      producerOnlyMode: true,
      serializer: new AvroEventSerializer(codec),
    });
    this.listener = new OutboxListener(dataSource, () => this.announceWork());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.outbox.relayEnabled) return;
    await this.client.connect();
    await this.listener
      .start()
      .catch((error) => this.logger.warn(`outbox LISTEN failed (${error}); polling only`));
    this.loop = this.run();
  }

  /** Stops polling, publishes what is already committed, then disconnects; idempotent. */
  async stop(): Promise<void> {
    if (!this.loop || this.stopping.signal.aborted) return;
    this.stopping.abort();
    await this.loop;
    await this.listener.stop();
    await this.drain().catch((error) => this.logger.warn(`outbox not fully flushed: ${error}`));
    await this.client.close();
  }

  /** Publishes one batch of pending rows; returns how many were sent. */
  async publishPending(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OutboxMessageRow, 'outbox')
        .where('outbox.published_at IS NULL')
        .orderBy('outbox.sequence', 'ASC')
        .limit(this.options.outbox.batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        await lastValueFrom(
          this.client.emit(row.topic, {
            key: row.messageKey,
            value: row.payload,
            headers: row.headers,
          }),
        );
        this.metrics.recordProduced(row.topic, row.eventType);
      }
      if (rows.length > 0) {
        await manager.update(
          OutboxMessageRow,
          { sequence: In(rows.map((row) => row.sequence)) },
          { publishedAt: () => 'now()' },
        );
      }
      return rows.length;
    });
  }

  private announceWork(): void {
    if (this.wakeUp) this.wakeUp();
    else this.workAnnounced = true;
  }

  /** Waits for a commit notification, the poll interval or shutdown, whichever comes first. */
  private idle(ms: number): Promise<void> {
    if (this.workAnnounced || this.stopping.signal.aborted) {
      this.workAnnounced = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopping.signal.removeEventListener('abort', done);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopping.signal.addEventListener('abort', done, { once: true });
      this.wakeUp = done;
    });
  }

  private async drain(): Promise<void> {
    while ((await this.publishPending()) === this.options.outbox.batchSize);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        const sent = await this.publishPending();
        failures = 0;
        if (sent < this.options.outbox.batchSize) {
          await this.idle(this.options.outbox.pollIntervalMs);
        }
      } catch (error) {
        failures++;
        const backoff = Math.min(
          MAX_FAILURE_BACKOFF_MS,
          this.options.outbox.pollIntervalMs * 2 ** failures,
        );
        this.logger.error(
          `outbox publish failed (attempt ${failures}), retrying in ${backoff} ms: ${error}`,
        );
        await sleep(backoff, this.stopping.signal);
      }
    }
  }
}
