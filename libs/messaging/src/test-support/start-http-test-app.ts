import { ObservabilityModule, PlatformErrorFilter } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import { testStackConfig } from '@loopline/testing';
import { type INestApplication, Module, type Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '../database';
import { MessagingModule } from '../messaging.module';
import type { HousekeepingOptions } from '../messaging-options.interface';

export interface HttpTestAppOptions {
  schema: string;
  topicPrefix: string;
  controllers?: Type<unknown>[];
  housekeeping?: Partial<HousekeepingOptions>;
}

export interface HttpTestApp {
  app: INestApplication;
  /** Base URL of the app's HTTP server on loopback. */
  url: string;
  /** `"<schema>"."<name>"`: a table of the app's own schema, for the test's SQL. */
  table(name: string): string;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * A service in miniature for HTTP-side messaging features: its own Postgres schema with the
 * messaging tables, the messaging module (relay off, so outbox rows stay where a test can count
 * them), the platform error filter and the given controllers, on a free loopback port.
 */
export async function startHttpTestApp(options: HttpTestAppOptions): Promise<HttpTestApp> {
  const stack = testStackConfig();
  @Module({
    imports: [
      ObservabilityModule.forRoot({ serviceName: 'it-http' }),
      PersistenceModule.forRoot({
        url: stack.databaseUrl,
        schema: options.schema,
        serviceName: 'it-http',
        entities: MESSAGING_ENTITIES,
        migrations: MESSAGING_MIGRATIONS,
        poolSize: 6,
      }),
      MessagingModule.forRoot({
        serviceName: 'it-http',
        brokers: stack.brokers,
        topicPrefix: options.topicPrefix,
        topics: { provision: [] },
        outbox: { relayEnabled: false },
        housekeeping: options.housekeeping,
      }),
    ],
    controllers: options.controllers ?? [],
  })
  class HttpTestModule {}

  const app = await NestFactory.create(HttpTestModule, { logger: ['error'] });
  app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const dataSource = app.get(DataSource);
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    table: (name) => `"${options.schema}"."${name}"`,
    query: (sql, params) => dataSource.query(sql, params),
    close: () => app.close(),
  };
}
