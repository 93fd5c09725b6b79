import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inheritedEnvironment } from './config/testing.config';
import { freePort, REPO_ROOT } from './service-process';

const run = promisify(execFile);

/**
 * A real server of the local stack that belongs to one test alone, started by the same infra
 * script as the shared one but with its own data directory and ports, so a test can stop and
 * restart it (an outage) without touching the servers every other test runs on.
 */
abstract class PrivateServer {
  protected readonly env: Record<string, string>;

  protected constructor(
    private readonly script: string,
    env: Record<string, string>,
  ) {
    this.env = env;
  }

  async up(): Promise<void> {
    await this.invoke('up');
  }

  async down(): Promise<void> {
    await this.invoke('down');
  }

  private async invoke(command: 'up' | 'down'): Promise<void> {
    try {
      await run('bash', [join(REPO_ROOT, 'infra', 'local', this.script), command], {
        env: { ...inheritedEnvironment(), ...this.env },
        timeout: 180_000,
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${this.script} ${command} failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
  }
}

/** A PostgreSQL cluster of its own under .local/private/<name>, on a free port. */
export class PrivatePostgres extends PrivateServer {
  private constructor(
    readonly port: number,
    name: string,
  ) {
    super('postgres.sh', {
      LOOPLINE_LOCAL_DIR: join(REPO_ROOT, '.local', 'private', name),
      POSTGRES_PORT: String(port),
    });
  }

  static async start(name: string): Promise<PrivatePostgres> {
    const server = new PrivatePostgres(await freePort(), name);
    await server.down(); // one left running by an interrupted earlier run listens elsewhere
    await server.up();
    return server;
  }

  get url(): string {
    return `postgres://loopline:loopline@127.0.0.1:${this.port}/loopline`;
  }
}

/** A Kafka broker of its own (same jars as the shared one), on free ports. */
export class PrivateKafka extends PrivateServer {
  private constructor(
    readonly port: number,
    controllerPort: number,
    name: string,
  ) {
    super('kafka.sh', {
      KAFKA_INSTANCE_DIR: join(REPO_ROOT, '.local', 'private', name),
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_HEAP_OPTS: '-Xms128m -Xmx384m',
    });
  }

  static async start(name: string): Promise<PrivateKafka> {
    const server = new PrivateKafka(await freePort(), await freePort(), name);
    await server.down(); // one left running by an interrupted earlier run listens elsewhere
    // A fresh log dir each time: its KRaft metadata names the controller port of its first run.
    rmSync(server.env.KAFKA_INSTANCE_DIR, { recursive: true, force: true });
    await server.up();
    return server;
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }
}
