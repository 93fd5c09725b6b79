import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { inheritedEnvironment } from './config/testing.config';
import { waitFor } from './wait-for';

/** The repository root, found from this file's place in libs/testing/dist. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Every service of the repository, one folder each under services/. */
export function serviceNames(): string[] {
  return readdirSync(join(REPO_ROOT, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A free loopback port, so parallel test runs never fight over a service port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * One service started as its real process (`node services/<name>/dist/main.js`), the way
 * operators run it, with the given environment on top of the test's own.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private output = '';
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): this {
    const entry = join(REPO_ROOT, 'services', this.name, 'dist', 'main.js');
    if (!existsSync(entry))
      throw new Error(`${entry} is missing: run the build (npx tsc -b tsconfig.json)`);
    this.child = spawn(process.execPath, [entry], {
      env: {
        ...inheritedEnvironment(),
        ...this.env,
        HTTP_PORT: String(this.port),
        HTTP_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.on('exit', (code, signal) => {
      this.exitCode = code;
      this.exitSignal = signal;
    });
    return this;
  }

  /** Waits for `GET /ready` to answer 200; fails with the service's log tail if it never does. */
  async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    try {
      await waitFor(
        async () => {
          if (this.exitCode !== null || this.exitSignal !== null)
            throw new Error(`${this.name} exited`);
          return (await fetch(`${this.url}/ready`)).status === 200;
        },
        { timeoutMs, intervalMs: 100, description: `${this.name} to be ready` },
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- ${this.name} log ---\n${this.output}`);
    }
  }

  /** Sends SIGTERM and resolves with how the process ended. */
  async stop(timeoutMs = 20_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child && this.exitCode === null && this.exitSignal === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child?.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    }
    return { code: this.exitCode, signal: this.exitSignal };
  }

  get log(): string {
    return this.output;
  }
}
