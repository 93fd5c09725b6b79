// Shared by the serving benchmarks: start a server in its own process, drive it with autocannon,
// stop it. The load generator and the server never share an event loop, so neither's work is
// counted against the other's latency.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(REPO_ROOT, 'package.json'));
const autocannon = require('autocannon');

export const progress = (message) => process.stderr.write(`[serving] ${message}\n`);

/**
 * One measurement: `warmupSeconds` of the same load, discarded, then `durationSeconds` timed.
 * Latencies are taken from every response (milliseconds, sub-millisecond resolution; autocannon's
 * own histogram keeps whole milliseconds). Returns req/s, p50, p99, and the failures: socket
 * errors, timeouts and non-2xx answers.
 */
export async function measure(target) {
  const { url, method = 'POST', headers = {}, body, connections = 64 } = target;
  const options = { url, method, headers, body, connections, timeout: 10 };
  if (target.warmupSeconds > 0) await run({ ...options, duration: target.warmupSeconds });
  const latencies = [];
  const result = await run({ ...options, duration: target.durationSeconds }, (time) =>
    latencies.push(time),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    requestsPerSecond: result.requests.total / (result.duration || target.durationSeconds),
    p50Ms: latencies.length > 0 ? at(0.5) : null,
    p99Ms: latencies.length > 0 ? at(0.99) : null,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function run(options, onLatency) {
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolvePromise(result),
    );
    if (onLatency)
      instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/**
 * Starts `command args` and resolves once `readyUrl` answers (any HTTP status below 500), or
 * rejects after `timeoutMs` with the tail of the child's output. `stop()` ends it (SIGTERM, then
 * SIGKILL after 5 s) and waits for the exit. `detached` puts the child in a process group of its
 * own, signalled whole: for servers that fork workers (MLflow's uvicorn).
 */
export async function startServer(name, command, args, readyUrl, options = {}) {
  const { timeoutMs = 120_000, env = process.env, readyInit, detached = false } = options;
  const child = spawn(command, args, { env, detached, stdio: ['ignore', 'pipe', 'pipe'] });
  const signal = (name) => {
    try {
      if (detached) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) {
      signal('SIGKILL');
      throw new Error(`${name} exited before it answered ${readyUrl}:\n${output}`);
    }
    try {
      const response = await fetch(readyUrl, readyInit);
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      signal('SIGKILL');
      throw new Error(`${name} did not answer ${readyUrl} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return {
    pid: child.pid,
    output: () => output,
    async stop() {
      if (!gone) {
        signal('SIGTERM');
        const killer = setTimeout(() => signal('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      // Forked workers may outlive the group leader briefly.
      if (detached) signal('SIGKILL');
    },
  };
}

/** A plain-text table, right-aligned numbers. */
export function table(header, rows) {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

export const fixed = (value, digits) => (value === null ? 'n/a' : value.toFixed(digits));
