import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditCheckpointRecorded,
  AvroSingleObjectCodec,
  type EventName,
} from '@loopline/contracts';
import { TopicNamer } from '@loopline/messaging';
import {
  dropSchema,
  freePort,
  ServiceProcess,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import { Client } from 'pg';
import { AuditCheckpointReader } from '../audit-checkpoint/audit-checkpoint.reader';
import type { ChainedAuditEntry } from '../domain/audit-chain';
import { OutboxProducer } from './outbox-producer';

/** A stored audit entry as GET /audit-log lists it. */
export type ListedAuditEntry = ChainedAuditEntry & { recordedAt: string };

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * One isolated world per test: the registry as its real process (own topic prefix, schema,
 * port and a short checkpoint interval), a producer with its own outbox, and a database client
 * with the table owner's rights, so a test can tamper like one.
 */
export class RegistryTestWorld {
  readonly stack = testStackConfig();
  readonly prefix: string;
  readonly chainId: string;
  readonly db: Client;
  private readonly producerSchema: string;
  private policiesDir = '';
  registry!: ServiceProcess;
  producer!: OutboxProducer;

  private constructor(name: string) {
    this.prefix = `${uniqueName(name)}.`;
    this.chainId = uniqueIdentifier(`${name}_registry`);
    this.producerSchema = uniqueIdentifier(`${name}_producer`);
    this.db = new Client({ connectionString: this.stack.databaseUrl });
  }

  static async start(name: string, produces: readonly EventName[]): Promise<RegistryTestWorld> {
    const world = new RegistryTestWorld(name);
    try {
      await world.db.connect();
      world.policiesDir = await mkdtemp(join(tmpdir(), 'registry-policies-'));
      world.registry = new ServiceProcess('registry', await freePort(), {
        KAFKA_TOPIC_PREFIX: world.prefix,
        DATABASE_SCHEMA: world.chainId,
        DATABASE_POOL_SIZE: '3',
        AUDIT_CHECKPOINT_INTERVAL_MS: '200',
        // No policy files, so no ModelPolicyRegistered joins the chain: tests count its entries.
        REGISTRY_MODEL_POLICIES_DIR: world.policiesDir,
        LOG_LEVEL: 'warn',
      }).start();
      await world.registry.waitUntilReady();
      world.producer = await OutboxProducer.start({
        serviceName: `${name}-producer`,
        schema: world.producerSchema,
        topicPrefix: world.prefix,
        events: produces,
      });
    } catch (error) {
      await world.close(); // what did start must not keep the test file alive
      throw error;
    }
    return world;
  }

  /** The audit log table, schema-qualified. */
  get auditLog(): string {
    return `"${this.chainId}".audit_log`;
  }

  async getJson(path: string): Promise<{ status: number; body: Json }> {
    const { exitCode, exitSignal } = this.registry;
    if (exitCode !== null || exitSignal !== null) {
      throw new Error(
        `the registry exited (${exitSignal ?? `code ${exitCode}`})\n--- registry log ---\n${this.registry.log.slice(-4_000)}`,
      );
    }
    const response = await fetch(`${this.registry.url}${path}`);
    return { status: response.status, body: await response.json() };
  }

  /** Waits until the registry has audited `count` entries, and returns them all. */
  async waitForEntries(count: number): Promise<ListedAuditEntry[]> {
    return waitFor(
      async () => {
        const { body } = await this.getJson('/audit-log?limit=500');
        return body.entries.length >= count && (body.entries as ListedAuditEntry[]);
      },
      { description: `${count} audit entries in ${this.chainId}` },
    );
  }

  /** This chain's checkpoints as verification reads them: from Kafka. */
  checkpoints(): Promise<AuditCheckpointRecorded[]> {
    return AuditCheckpointReader.create({
      brokers: this.stack.brokers,
      topicPrefix: this.prefix,
      clientId: 'registry-it',
      codec: new AvroSingleObjectCodec(),
      chainId: this.chainId,
    }).read();
  }

  /** Waits until a checkpoint of the head at `sequence` is on the checkpoint topic. */
  async waitForCheckpointAt(sequence: number): Promise<AuditCheckpointRecorded[]> {
    return waitFor(
      async () => {
        const checkpoints = await this.checkpoints();
        return checkpoints.some((checkpoint) => checkpoint.sequence === sequence) && checkpoints;
      },
      { timeoutMs: 30_000, intervalMs: 200, description: `a checkpoint at entry ${sequence}` },
    );
  }

  get checkpointTopic(): string {
    return new TopicNamer(this.prefix).topicFor('AuditCheckpointRecorded');
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.registry?.stop(), this.producer?.close()]);
    await this.db.end();
    if (this.policiesDir !== '') await rm(this.policiesDir, { recursive: true, force: true });
    await Promise.all(
      [this.chainId, this.producerSchema].map((schema) =>
        dropSchema(this.stack.databaseUrl, schema),
      ),
    );
  }
}
