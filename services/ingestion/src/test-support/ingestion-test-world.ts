import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { AvroSingleObjectCodec, type EventName, type EventPayloads } from '@loopline/contracts';
import { AvroEventSerializer, createEventMetadata, TopicNamer } from '@loopline/messaging';
import {
  dropSchema,
  freePort,
  REPO_ROOT,
  ServiceProcess,
  TEST_PRINCIPALS,
  testStackConfig,
  TopicRecorder,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const VEGA_DATA = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data');
export const TEST_BUCKET = 'loopline-datasets';

/**
 * A shipped contract under another dataset name, so each test has a dataset of its own. With
 * `seasonal: false` its distribution rules are left out, for tests that cut a year into slices
 * whose means move with the seasons.
 */
export function shippedContractAs(shipped: string, dataset: string, seasonal = true): Json {
  const path = join(REPO_ROOT, 'services', 'ingestion', 'data-contracts', shipped, 'v1.json');
  const contract = JSON.parse(readFileSync(path, 'utf8'));
  const rules = seasonal
    ? contract.rules
    : contract.rules.filter((rule: { rule: string }) => rule.rule !== 'distribution');
  return { ...contract, dataset, rules };
}

/** A decoded event from the dataset-versions topic. */
export interface ObservedEvent {
  type: string;
  key: string | null;
  payload: Json;
}

/**
 * One isolated ingestion service per world: its own topic prefix, schema, port and scratch
 * folder on the real stack, a recorder of what it published and a producer for the input topic.
 */
export class IngestionTestWorld {
  readonly stack = testStackConfig();
  readonly prefix = `${uniqueName('ingestion-it')}.`;
  readonly schema = uniqueIdentifier('ingestion_it');
  readonly store: ArtifactStore;
  readonly workDir = join('/tmp', uniqueName('ingestion-it'));
  service!: ServiceProcess;
  private recorder!: TopicRecorder;
  private producer?: Producer;
  private readonly codec = new AvroSingleObjectCodec();

  private constructor(private readonly env: Record<string, string>) {
    this.store = new ArtifactStore(createMinioClient(this.stack.minio));
  }

  static async start(env: Record<string, string> = {}): Promise<IngestionTestWorld> {
    const world = new IngestionTestWorld(env);
    try {
      await world.startService();
      world.recorder = await new TopicRecorder(
        world.stack.brokers,
        new TopicNamer(world.prefix).topicFor('DatasetVersionCreated'),
      ).start();
    } catch (error) {
      await world.close();
      throw error;
    }
    return world;
  }

  async startService(env: Record<string, string> = {}): Promise<void> {
    this.service = new ServiceProcess('ingestion', await freePort(), {
      KAFKA_TOPIC_PREFIX: this.prefix,
      DATABASE_SCHEMA: this.schema,
      DATABASE_POOL_SIZE: '4',
      INGESTION_WORK_DIR: this.workDir,
      LOG_LEVEL: 'warn',
      ...this.env,
      ...env,
    }).start();
    await this.service.waitUntilReady();
  }

  /**
   * Calls the service as the test operator, unless `headers` names its own authorization (an
   * empty one sends none).
   */
  async request(
    method: string,
    path: string,
    body?: Buffer | string | Json,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> {
    const { authorization = TEST_PRINCIPALS.operator.headers.authorization, ...rest } = headers;
    headers = authorization === '' ? rest : { ...rest, authorization };
    const raw = Buffer.isBuffer(body) || typeof body === 'string';
    const response = await fetch(`${this.service.url}${path}`, {
      method,
      headers:
        raw || body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  registerContract(contract: Json, headers: Record<string, string> = {}) {
    return this.request('POST', '/data-contracts', contract, headers);
  }

  /** Uploads a batch; `headers` may name another caller's authorization, as in `request`. */
  upload(
    dataset: string,
    bytes: Buffer | string,
    query = '',
    contentType?: string,
    headers: Record<string, string> = {},
  ) {
    const type: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    return this.request('POST', `/datasets/${dataset}/batches${query}`, bytes, {
      ...type,
      ...headers,
    });
  }

  /** Publishes an input event the way a data platform would. */
  async publish<N extends EventName>(name: N, payload: EventPayloads[N]): Promise<void> {
    if (!this.producer) {
      const kafka = new Kafka({
        clientId: 'ingestion-it',
        brokers: this.stack.brokers,
        logLevel: logLevel.NOTHING,
      });
      this.producer = kafka.producer();
      await this.producer.connect();
    }
    const encoded = new AvroEventSerializer(this.codec).serialize({
      name,
      payload,
      metadata: createEventMetadata(name, 'data-platform-it'),
    });
    await this.producer.send({
      topic: new TopicNamer(this.prefix).topicFor(name),
      messages: [encoded],
    });
  }

  /** Every event published to the dataset-versions topic so far, decoded. */
  events(): ObservedEvent[] {
    return this.recorder.messages.map((message) => {
      const type = message.headers['loopline-event-type'] as EventName;
      return { type, key: message.key, payload: this.codec.decode(type, message.value!) };
    });
  }

  /** Waits until an event of `type` for `dataset` matching `where` is on the topic. */
  async waitForEvent(
    type: string,
    dataset: string,
    where: (payload: Json) => boolean = () => true,
  ) {
    return waitFor(
      () =>
        this.events().find(
          (event) => event.type === type && event.key === dataset && where(event.payload),
        ) ?? false,
      { timeoutMs: 30_000, description: `${type} for ${dataset}` },
    );
  }

  eventsOf(type: string, dataset: string): ObservedEvent[] {
    return this.events().filter((event) => event.type === type && event.key === dataset);
  }

  async close(): Promise<void> {
    await Promise.allSettled([
      this.service?.stop(),
      this.recorder?.stop(),
      this.producer?.disconnect(),
    ]);
    await dropSchema(this.stack.databaseUrl, this.schema);
  }
}
