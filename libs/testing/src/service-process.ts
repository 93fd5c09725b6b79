import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { inheritedEnvironment } from './config/testing.config';
import { testAccessTokensFile } from './test-principals';
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

/** Ports handed out by this process: a port is free again once probed, until its service binds it. */
const handedOut = new Set<number>();
// Below the kernel's ephemeral range (32768 and up), which outgoing connections draw from.
const [LOWEST_PORT, PORT_RANGE] = [10_000, 22_000];

/**
 * A free loopback port, so parallel test runs never fight over a service port. Drawn at random
 * from a wide range rather than asked of the kernel, which may hand the same ephemeral port to
 * the next caller (in this process or a parallel test file) before the first service binds it.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOWEST_PORT + Math.floor(Math.random() * PORT_RANGE);
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
}

async function canListen(port: number): Promise<boolean> {
  const server = createServer();
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!listening) return false;
  server.close();
  await once(server, 'close');
  return true;
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
        AUTH_TOKENS_FILE: testAccessTokensFile(),
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

  /** Kills the process outright (SIGKILL: no shutdown hooks run) and waits for it to end. */
  async kill(): Promise<void> {
    if (this.child && this.exitCode === null && this.exitSignal === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGKILL');
      await exited;
    }
  }

  get log(): string {
    return this.output;
  }
}
