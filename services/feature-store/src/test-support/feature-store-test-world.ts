import { join } from 'node:path';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { AvroSingleObjectCodec, type EventName } from '@loopline/contracts';
import { TopicNamer } from '@loopline/messaging';
import {
  dropSchema,
  freePort,
  ServiceProcess,
  testStackConfig,
  TopicRecorder,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface ObservedEvent {
  type: string;
  key: string | null;
  payload: Json;
}

/**
 * Ingestion and the feature store on the real stack, sharing a topic prefix of their own (so
 * they meet on Kafka as in production) with a schema each, plus recorders of the feature-view
 * and online-feature topics. Data reaches the feature store only as ingestion's events.
 */
export class FeatureStoreTestWorld {
  readonly stack = testStackConfig();
  readonly prefix = `${uniqueName('features-it')}.`;
  readonly store: ArtifactStore;
  readonly ingestionSchema = uniqueIdentifier('features_it_ingestion');
  readonly featureStoreSchema = uniqueIdentifier('features_it');
  ingestion!: ServiceProcess;
  featureStore!: ServiceProcess;
  private readonly recorders: TopicRecorder[] = [];
  private readonly codec = new AvroSingleObjectCodec();

  private constructor() {
    this.store = new ArtifactStore(createMinioClient(this.stack.minio));
  }

  static async start(): Promise<FeatureStoreTestWorld> {
    const world = new FeatureStoreTestWorld();
    try {
      const common = {
        KAFKA_TOPIC_PREFIX: world.prefix,
        DATABASE_POOL_SIZE: '4',
        LOG_LEVEL: 'warn',
      };
      [world.ingestion, world.featureStore] = await Promise.all([
        world.startService('ingestion', {
          ...common,
          DATABASE_SCHEMA: world.ingestionSchema,
          INGESTION_WORK_DIR: join('/tmp', uniqueName('features-it-ingestion')),
        }),
        world.startService('feature-store', {
          ...common,
          DATABASE_SCHEMA: world.featureStoreSchema,
          FEATURE_STORE_WORK_DIR: join('/tmp', uniqueName('features-it')),
        }),
      ]);
      // After the services: they provision the topics; the recorders read from the beginning.
      const namer = new TopicNamer(world.prefix);
      for (const event of ['FeatureSetMaterialized', 'OnlineFeaturesUpdated'] as const) {
        world.recorders.push(
          await new TopicRecorder(world.stack.brokers, namer.topicFor(event)).start(),
        );
      }
    } catch (error) {
      await world.close();
      throw error;
    }
    return world;
  }

  private async startService(name: string, env: Record<string, string>): Promise<ServiceProcess> {
    const service = new ServiceProcess(name, await freePort(), env).start();
    await service.waitUntilReady();
    return service;
  }

  async request(
    service: ServiceProcess,
    method: string,
    path: string,
    body?: Buffer | Json,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> {
    const raw = Buffer.isBuffer(body);
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers:
        raw || body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** Uploads a batch to ingestion and expects it to become a dataset version. */
  async ingest(dataset: string, bytes: Buffer, contentType: string): Promise<Json> {
    const uploaded = await this.request(
      this.ingestion,
      'POST',
      `/datasets/${dataset}/batches?wait=120`,
      bytes,
      {
        'content-type': contentType,
      },
    );
    if (uploaded.status !== 201)
      throw new Error(
        `upload of ${dataset} answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`,
      );
    return uploaded.body;
  }

  featureStoreApi(method: string, path: string, body?: Json) {
    return this.request(this.featureStore, method, path, body);
  }

  /** Every event recorded on the feature-view and online-feature topics, decoded. */
  events(): ObservedEvent[] {
    return this.recorders.flatMap((recorder) =>
      recorder.messages.map((message) => {
        const type = message.headers['loopline-event-type'] as EventName;
        return { type, key: message.key, payload: this.codec.decode(type, message.value!) };
      }),
    );
  }

  eventsOf(type: string, where: (payload: Json) => boolean = () => true): ObservedEvent[] {
    return this.events().filter((event) => event.type === type && where(event.payload));
  }

  async waitForEvent(
    type: string,
    where: (payload: Json) => boolean,
    timeoutMs = 90_000,
  ): Promise<ObservedEvent> {
    return waitFor(() => this.eventsOf(type, where)[0] ?? false, { timeoutMs, description: type });
  }

  async close(): Promise<void> {
    await Promise.allSettled([
      this.ingestion?.stop(),
      this.featureStore?.stop(),
      ...this.recorders.map((each) => each.stop()),
    ]);
    await Promise.allSettled([
      dropSchema(this.stack.databaseUrl, this.ingestionSchema),
      dropSchema(this.stack.databaseUrl, this.featureStoreSchema),
    ]);
  }
}
