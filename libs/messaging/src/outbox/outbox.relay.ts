import { type EventCodec, EventHeader } from '@loopline/contracts';
import { PlatformMetrics } from '@loopline/observability';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Kafka, logLevel, type TopicMessages } from 'kafkajs';
import { DataSource, In, IsNull } from 'typeorm';
import { OutboxMessageRow } from '../database/outbox-message.row';
import { EVENT_CODEC, MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { SchemaRegistrationPublisher } from '../schema-registry/schema-registration.publisher';
import { sleep } from '../server/sleep';
import { TopicNamer } from '../topics/topic-namer';
import { RecoveringProducer } from './recovering-producer';
import { RelaySession } from './relay-session';
import { Doorbell } from '../scheduling/doorbell';

const MAX_FAILURE_BACKOFF_MS = 5_000;

/**
 * Publishes outbox rows in commit order and marks them sent. One instance per service publishes
 * (elected with an advisory lock held by its RelaySession), so several replicas never interleave
 * a key's events; the others stand by and take over when the leader's session ends. No database
 * transaction is open while Kafka is talked to: rows are read, sent, then marked in a short
 * update. A crash between send and mark re-sends on restart; the consumers' inbox absorbs that
 * duplicate. Every failure (database, broker) is retried with capped backoff, forever.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly producer: RecoveringProducer;
  private readonly session: RelaySession;
  private readonly schemas: SchemaRegistrationPublisher;
  private readonly stopping = new AbortController();
  private readonly doorbell = new Doorbell(this.stopping.signal);
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: PlatformMetrics,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    @Inject(EVENT_CODEC) codec: EventCodec,
  ) {
    const kafka = new Kafka({
      clientId: `${options.serviceName}-outbox`,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
    });
    this.producer = new RecoveringProducer(kafka);
    this.session = new RelaySession(dataSource, () => this.doorbell.ring());
    this.schemas = new SchemaRegistrationPublisher(
      codec,
      new TopicNamer(options.topicPrefix).schemaTopic(),
    );
  }

  onApplicationBootstrap(): void {
    if (!this.options.outbox.relayEnabled) return;
    this.loop = this.run();
  }

  /** Whether this instance is the one publishing the service's outbox right now. */
  get leading(): boolean {
    return this.session.isLeader;
  }

  /** Stops the loop, publishes what is already committed (when leading), then disconnects. */
  async stop(): Promise<void> {
    if (!this.loop || this.stopping.signal.aborted) return;
    this.stopping.abort();
    await this.loop;
    if (this.session.isLeader) {
      await this.drain().catch((error) => this.logger.warn(`outbox not fully flushed: ${error}`));
    }
    await this.session.close();
    await this.producer.disconnect();
  }

  /** Publishes one batch of pending rows if this instance leads; returns how many were sent. */
  async publishPending(): Promise<number> {
    if (!(await this.session.lead())) return 0;
    const outbox = this.dataSource.getRepository(OutboxMessageRow);
    const rows = await outbox.find({
      where: { publishedAt: IsNull() },
      order: { sequence: 'ASC' },
      take: this.options.outbox.batchSize,
    });
    if (rows.length === 0) return 0;
    await this.producer.use(async (producer) => {
      await this.schemas.ensureRegistered(
        producer,
        rows.map((row) => row.headers[EventHeader.SchemaFingerprint]),
      );
      await producer.sendBatch({ topicMessages: byTopic(rows) });
    });
    for (const row of rows) this.metrics.recordProduced(row.topic, row.eventType);
    await outbox.update(
      { sequence: In(rows.map((row) => row.sequence)) },
      { publishedAt: () => 'now()' },
    );
    return rows.length;
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
          await this.doorbell.wait(this.options.outbox.pollIntervalMs);
        }
      } catch (error) {
        failures++;
        const backoff = Math.min(MAX_FAILURE_BACKOFF_MS, 100 * 2 ** failures);
        this.logger.error(
          `outbox publish failed (attempt ${failures}), retrying in ${backoff} ms: ${error}`,
        );
        await sleep(backoff, this.stopping.signal);
      }
    }
  }
}

/** One entry per topic, rows in sequence order, so each partition receives them in order. */
function byTopic(rows: readonly OutboxMessageRow[]): TopicMessages[] {
  const topics = new Map<string, TopicMessages>();
  for (const row of rows) {
    const entry = topics.get(row.topic) ?? { topic: row.topic, messages: [] };
    entry.messages.push({ key: row.messageKey, value: row.payload, headers: row.headers });
    topics.set(row.topic, entry);
  }
  return [...topics.values()];
}
