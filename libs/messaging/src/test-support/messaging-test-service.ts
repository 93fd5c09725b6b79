import { ObservabilityModule } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import { testStackConfig } from '@loopline/testing';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '../database';
import { MessagingModule } from '../messaging.module';
import { connectEventConsumer } from '../server/connect-event-consumer';
import type { LooplineKafkaServer } from '../server/loopline-kafka.server';
import { CreateReceivedEvents1763870000001 } from './create-received-events.migration';
import { ReceivedEventRow } from './received-event.row';
import {
  HandlerScript,
  RecordingController,
  RecordingRejectionsController,
} from './recording.controller';

export interface TestServiceOptions {
  serviceName: string;
  schema: string;
  topicPrefix: string;
  consumerGroup?: string;
  consumes: boolean;
  /** Also handle DatasetRejected (same topic as DatasetVersionCreated). */
  consumesRejections?: boolean;
  relayEnabled?: boolean;
  /** Defaults to the shared local stack's. */
  databaseUrl?: string;
  brokers?: string[];
  /** The relay's safety-net poll; by default too slow to fire, so delivery proves NOTIFY works. */
  pollIntervalMs?: number;
  schemaLookupTimeoutMs?: number;
}

export interface TestService {
  app: INestApplication;
  script: HandlerScript;
  server?: LooplineKafkaServer;
  receivedEventIds(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A real service in miniature: its own Postgres schema, the messaging module against the local
 * broker, and (when it consumes) the recording handler. Each test gets fresh topics and groups
 * through the topic prefix.
 */
export async function startTestService(options: TestServiceOptions): Promise<TestService> {
  const stack = testStackConfig();
  @Module({
    imports: [
      ObservabilityModule.forRoot({ serviceName: options.serviceName }),
      PersistenceModule.forRoot({
        url: options.databaseUrl ?? stack.databaseUrl,
        schema: options.schema,
        serviceName: options.serviceName,
        entities: [...MESSAGING_ENTITIES, ReceivedEventRow],
        migrations: [...MESSAGING_MIGRATIONS, CreateReceivedEvents1763870000001],
        poolSize: 4,
      }),
      MessagingModule.forRoot({
        serviceName: options.serviceName,
        brokers: options.brokers ?? stack.brokers,
        consumerGroup: options.consumerGroup,
        topicPrefix: options.topicPrefix,
        topics: { provision: ['DatasetVersionCreated'], partitions: 1 },
        retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
        // A poll this slow never fires within a test: delivery must come from the NOTIFY wake-up.
        outbox: {
          relayEnabled: options.relayEnabled ?? true,
          pollIntervalMs: options.pollIntervalMs ?? 600_000,
        },
        housekeeping: { enabled: false },
        schemaLookupTimeoutMs: options.schemaLookupTimeoutMs,
      }),
    ],
    controllers: [
      ...(options.consumes ? [RecordingController] : []),
      ...(options.consumesRejections ? [RecordingRejectionsController] : []),
    ],
    providers: [HandlerScript],
  })
  class TestServiceModule {}

  const app = await NestFactory.create(TestServiceModule, { logger: ['error'] });
  const consumes = options.consumes || options.consumesRejections === true;
  const server = consumes ? connectEventConsumer(app) : undefined;
  await app.init();
  await app.startAllMicroservices();
  const dataSource = app.get(DataSource);
  return {
    app,
    script: app.get(HandlerScript),
    server,
    receivedEventIds: async () =>
      (
        await dataSource.query(
          `SELECT event_id FROM "${options.schema}".received_events ORDER BY received_order`,
        )
      ).map((row: { event_id: string }) => row.event_id),
    close: () => app.close(),
  };
}
