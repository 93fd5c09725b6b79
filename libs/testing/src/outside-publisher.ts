import { createHash, randomUUID } from 'node:crypto';
import {
  type ArtifactRef,
  AvroSingleObjectCodec,
  contractFor,
  EventHeader,
  type EventName,
  type EventPayloads,
} from '@loopline/contracts';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { Client as MinioClient } from 'minio';
import { type TestStackConfig, testStackConfig } from './config/testing.config';
import { uniqueName } from './unique-name';

/**
 * Plays an outside data platform: writes objects to MinIO and produces events to Kafka with the
 * contract's key, an Avro single-object value and every envelope header (this library sits
 * below messaging, so the headers are written here from the same enum). Tests use it through
 * ServiceWorld; the demo reports late labels with it.
 */
export class OutsidePublisher {
  private readonly codec = new AvroSingleObjectCodec();
  private producer?: Promise<Producer>;
  private minio?: MinioClient;

  constructor(
    private readonly stack: TestStackConfig = testStackConfig(),
    private readonly topicPrefix = '',
  ) {}

  /** Produces one event; returns its id. */
  async publish<N extends EventName>(
    name: N,
    payload: EventPayloads[N],
    key?: string,
  ): Promise<string> {
    const contract = contractFor(name);
    const eventId = randomUUID();
    this.producer ??= this.connect();
    await (
      await this.producer
    ).send({
      topic: `${this.topicPrefix}${contract.topic}`,
      messages: [
        {
          key: key ?? contract.keyOf(payload as never),
          value: this.codec.encode(name, payload),
          headers: {
            [EventHeader.EventId]: eventId,
            [EventHeader.EventType]: name,
            [EventHeader.SchemaFingerprint]: contract.fingerprintHex,
            [EventHeader.OccurredAt]: new Date().toISOString(),
            [EventHeader.CorrelationId]: randomUUID(),
            [EventHeader.Producer]: 'outside-data-platform',
          },
        },
      ],
    });
    return eventId;
  }

  /** Uploads bytes under `bucket/key` (creating the bucket) and returns their reference. */
  async putObject(
    bucket: string,
    key: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<ArtifactRef> {
    this.minio ??= minioClientOf(this.stack.minio);
    if (!(await this.minio.bucketExists(bucket))) {
      await this.minio.makeBucket(bucket).catch(async (error: unknown) => {
        if (!(await this.minio!.bucketExists(bucket))) throw error; // lost a race, which is fine
      });
    }
    await this.minio.putObject(bucket, key, bytes, bytes.length, { 'Content-Type': mediaType });
    return {
      uri: `s3://${bucket}/${key}`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
      mediaType,
    };
  }

  /** Reads an object another party stored (`s3://bucket/key`) and checks its sha256. */
  async readObject(ref: { uri: string; sha256: string }): Promise<Buffer> {
    this.minio ??= minioClientOf(this.stack.minio);
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(ref.uri);
    if (match === null) throw new Error(`${ref.uri} is not an s3://bucket/key reference`);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.minio.getObject(match[1], match[2])) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== ref.sha256)
      throw new Error(`${ref.uri} has sha256 ${sha256}, but its reference says ${ref.sha256}`);
    return bytes;
  }

  async close(): Promise<void> {
    await (await this.producer)?.disconnect();
  }

  private async connect(): Promise<Producer> {
    const producer = new Kafka({
      clientId: uniqueName('outside-publisher'),
      brokers: this.stack.brokers,
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    return producer;
  }
}

function minioClientOf(minio: TestStackConfig['minio']): MinioClient {
  const endpoint = new URL(minio.endpoint);
  return new MinioClient({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port),
    useSSL: endpoint.protocol === 'https:',
    accessKey: minio.accessKey,
    secretKey: minio.secretKey,
  });
}
