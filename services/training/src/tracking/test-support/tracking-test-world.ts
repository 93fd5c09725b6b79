import { randomUUID } from 'node:crypto';
import { openServiceDataSource } from '@loopline/persistence';
import {
  dropSchema,
  freePort,
  ServiceProcess,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
} from '@loopline/testing';
import type { DataSource } from 'typeorm';
import { TrackingStore } from '../database/tracking.store';
import type { NewTrackedRun } from '../domain/tracked-run';
import { TRACKING_ENTITIES } from '../tracking.database';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The training service on the real stack in a schema and topic prefix of its own, plus a data
 * source on the same schema through which the test records runs with the real TrackingStore
 * (as the run orchestrator does) and reads them back over HTTP.
 */
export class TrackingTestWorld {
  readonly stack = testStackConfig();
  readonly schema = uniqueIdentifier('tracking_it');
  readonly store = new TrackingStore();
  service!: ServiceProcess;
  dataSource!: DataSource;

  static async start(): Promise<TrackingTestWorld> {
    const world = new TrackingTestWorld();
    try {
      world.service = new ServiceProcess('training', await freePort(), {
        DATABASE_SCHEMA: world.schema,
        KAFKA_TOPIC_PREFIX: `${uniqueName('tracking-it')}.`,
        DATABASE_POOL_SIZE: '4',
        LOG_LEVEL: 'warn',
      }).start();
      await world.service.waitUntilReady();
      // The service migrated the schema; the test only reads and writes it.
      world.dataSource = await openServiceDataSource(
        {
          url: world.stack.databaseUrl,
          schema: world.schema,
          entities: TRACKING_ENTITIES,
          migrations: [],
          serviceName: 'tracking-it',
          poolSize: 4,
        },
        { runMigrations: false },
      );
    } catch (error) {
      await world.close();
      throw error;
    }
    return world;
  }

  get manager() {
    return this.dataSource.manager;
  }

  /** A queued run of `modelName` with these params and tags; its id is returned. */
  async createRun(overrides: Partial<NewTrackedRun> = {}): Promise<string> {
    const run = await this.store.createRun(this.manager, {
      id: randomUUID(),
      modelName: 'flights-delay',
      trigger: 'manual',
      reason: 'integration test',
      requestedBy: 'tester@example.com',
      requestIds: [randomUUID()],
      featureSetId: null,
      configVersion: 1,
      configHash: null,
      params: {},
      ...overrides,
    });
    return run.id;
  }

  async api(path: string): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${this.service.url}${path}`);
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.service?.stop(), this.dataSource?.destroy()]);
    await dropSchema(this.stack.databaseUrl, this.schema);
  }
}
