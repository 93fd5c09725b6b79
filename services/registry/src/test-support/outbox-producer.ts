import type { EventName, EventPayloads } from '@loopline/contracts';
import {
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingModule,
  OutboxWriter,
} from '@loopline/messaging';
import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import { testStackConfig } from '@loopline/testing';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

/** A producing service in miniature: its own schema, outbox and relay, publishing what a test asks. */
export class OutboxProducer {
  private constructor(private readonly app: INestApplication) {}

  static async start(options: {
    serviceName: string;
    schema: string;
    topicPrefix: string;
    events: readonly EventName[];
  }): Promise<OutboxProducer> {
    const stack = testStackConfig();
    @Module({
      imports: [
        ObservabilityModule.forRoot({ serviceName: options.serviceName }),
        PersistenceModule.forRoot({
          url: stack.databaseUrl,
          schema: options.schema,
          serviceName: options.serviceName,
          entities: MESSAGING_ENTITIES,
          migrations: MESSAGING_MIGRATIONS,
          poolSize: 3,
        }),
        MessagingModule.forRoot({
          serviceName: options.serviceName,
          brokers: stack.brokers,
          topicPrefix: options.topicPrefix,
          topics: { provision: options.events, partitions: 1 },
        }),
      ],
    })
    class OutboxProducerModule {}
    const app = await NestFactory.create(OutboxProducerModule, { logger: ['error'] });
    await app.init();
    return new OutboxProducer(app);
  }

  /** Enqueues the events in one transaction, as a service would with its state change. */
  async publish<N extends EventName>(name: N, ...payloads: EventPayloads[N][]): Promise<string[]> {
    const writer = this.app.get(OutboxWriter);
    return this.app.get(DataSource).transaction(async (manager) => {
      const ids: string[] = [];
      for (const payload of payloads)
        ids.push((await writer.enqueue(manager, name, payload)).eventId);
      return ids;
    });
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
