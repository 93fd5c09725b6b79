import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ArtifactRef,
  AvroSingleObjectCodec,
  contractFor,
  type EventName,
  type EventPayloads,
} from '@loopline/contracts';
import { testStackConfig } from './config/testing.config';
import { OutsidePublisher } from './outside-publisher';
import { dropSchema } from './postgres-schemas';
import { freePort, REPO_ROOT, ServiceProcess } from './service-process';
import { TEST_PRINCIPALS } from './test-principals';
import { TopicRecorder } from './topic-recorder';
import { uniqueIdentifier, uniqueName } from './unique-name';
import { waitFor } from './wait-for';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The real datasets the vega-datasets package ships (flights, seattle-weather). */
export const VEGA_DATA = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data');

export interface ObservedEvent {
  type: string;
  key: string | null;
  payload: Json;
}

export interface WorldService {
  /** Service folder name under services/. */
  name: string;
  /** Environment on top of the world's (topic prefix, own database schema, quiet logs). */
  env?: Record<string, string>;
}

/**
 * Real services on the real stack sharing a topic prefix of their own (so they meet on Kafka as
 * in production), each with its own database schema, plus recorders of the topics a test
 * watches. Close it to stop the services and drop their schemas.
 */
export class ServiceWorld {
  readonly stack = testStackConfig();
  readonly prefix: string;
  readonly services = new Map<string, ServiceProcess>();
  private readonly schemas = new Map<string, string>();
  private readonly recorders: TopicRecorder[] = [];
  private readonly codec = new AvroSingleObjectCodec();
  private outside?: OutsidePublisher;

  constructor(label: string) {
    this.prefix = `${uniqueName(label)}.`;
  }

  /** Starts the services together, then records the topics of `watched` events from the start. */
  async start(services: WorldService[], watched: EventName[]): Promise<this> {
    try {
      await Promise.all(services.map((service) => this.startService(service)));
      const topics = new Set(watched.map((event) => this.topicOf(event)));
      for (const topic of topics)
        this.recorders.push(await new TopicRecorder(this.stack.brokers, topic).start());
    } catch (error) {
      await this.close();
      throw error;
    }
    return this;
  }

  service(name: string): ServiceProcess {
    const service = this.services.get(name);
    if (service === undefined) throw new Error(`service ${name} is not part of this world`);
    return service;
  }

  schemaOf(name: string): string {
    return this.schemas.get(name)!;
  }

  /** Starts (or, after a kill, starts again on its schema) one service and waits until ready. */
  async startService(service: WorldService): Promise<ServiceProcess> {
    const label = service.name.replace(/-/g, '_');
    const schema = this.schemas.get(service.name) ?? uniqueIdentifier(`it_${label}`);
    this.schemas.set(service.name, schema);
    const process = new ServiceProcess(service.name, await freePort(), {
      KAFKA_TOPIC_PREFIX: this.prefix,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
      ...service.env,
    }).start();
    this.services.set(service.name, process);
    await process.waitUntilReady();
    return process;
  }

  /**
   * Calls a service's HTTP API as the test operator, unless `headers` names its own
   * authorization (an empty one sends none).
   */
  async request(
    name: string,
    method: string,
    path: string,
    body?: Buffer | Json,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> {
    const { authorization = TEST_PRINCIPALS.operator.headers.authorization, ...rest } = headers;
    headers = authorization === '' ? rest : { ...rest, authorization };
    const raw = Buffer.isBuffer(body);
    const response = await fetch(`${this.service(name).url}${path}`, {
      method,
      headers:
        raw || body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** Every event recorded on the watched topics, decoded, in the order each topic holds them. */
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
    where: (payload: Json) => boolean = () => true,
    timeoutMs = 90_000,
  ): Promise<ObservedEvent> {
    return waitFor(() => this.eventsOf(type, where)[0] ?? false, { timeoutMs, description: type });
  }

  /** Uploads a batch to the world's ingestion service and expects it to become a dataset version. */
  async ingest(dataset: string, bytes: Buffer, contentType: string): Promise<Json> {
    const uploaded = await this.request(
      'ingestion',
      'POST',
      `/datasets/${dataset}/batches?wait=120`,
      bytes,
      { 'content-type': contentType },
    );
    if (uploaded.status !== 201)
      throw new Error(
        `upload of ${dataset} answered ${uploaded.status}: ${JSON.stringify(uploaded.body)}`,
      );
    return uploaded.body;
  }

  /** All of seattle-weather (1,461 days) as one batch. */
  async ingestSeattleWeather(): Promise<Json> {
    const csv = await readFile(join(VEGA_DATA, 'seattle-weather.csv'));
    return this.ingest('seattle-weather', csv, 'text/csv');
  }

  /** Produces an event to the world's topic for it, as an outside data platform would; its id. */
  async publish<N extends EventName>(
    name: N,
    payload: EventPayloads[N],
    key?: string,
  ): Promise<string> {
    this.outside ??= new OutsidePublisher(this.stack, this.prefix);
    return this.outside.publish(name, payload, key);
  }

  /** Uploads bytes to MinIO under `bucket/key` (creating the bucket) and returns their reference. */
  async putObject(
    bucket: string,
    key: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<ArtifactRef> {
    this.outside ??= new OutsidePublisher(this.stack, this.prefix);
    return this.outside.putObject(bucket, key, bytes, mediaType);
  }

  async close(): Promise<void> {
    await Promise.allSettled([
      ...[...this.services.values()].map((service) => service.stop()),
      ...this.recorders.map((recorder) => recorder.stop()),
      this.outside?.close(),
    ]);
    await Promise.allSettled(
      [...this.schemas.values()].map((schema) => dropSchema(this.stack.databaseUrl, schema)),
    );
  }

  private topicOf(event: EventName): string {
    return `${this.prefix}${contractFor(event).topic}`;
  }
}
