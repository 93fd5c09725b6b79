#!/usr/bin/env node
// Loopline's side of the ingestion benchmark: starts an ingestion service process of its own,
// registers the flights contract under a fresh dataset name, uploads one Parquet file and times
// it until the service answers with a dataset version. Progress goes to stderr; stdout gets one
// JSON line, the same shape the Python peers print.
//
//   node bench/ingest/loopline-ingest.mjs --file <parquet> [--rows <expected>] [--run-id <id>]
//
// Settings (environment): BENCH_BUCKET (loopline-bench), BENCH_DATABASE_SCHEMA (bench_ingestion),
// BENCH_TOPIC_PREFIX (bench.), BENCH_WAIT_SECONDS (300), BENCH_READY_TIMEOUT (120 s),
// BENCH_CONTRACT (services/ingestion/data-contracts/flights/v1.json), BENCH_SERVICE_MAIN
// (services/ingestion/dist/main.js, e.g. another checkout's build); the
// stack variables (KAFKA_BROKERS, DATABASE_URL, MINIO_*) pass through to the service. The service
// gets a token file of its own naming one operator (bench-operator) whose fresh token the bench
// sends; a caller's AUTH_TOKENS_FILE is not used.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOG_DIR = join(REPO_ROOT, '.local/bench');
const HOST = '127.0.0.1';
const PARQUET_MEDIA_TYPE = 'application/vnd.apache.parquet';
const POLL_INTERVAL_MS = 100;
const STOP_TIMEOUT_MS = 20_000;

const { values: args } = parseArgs({
  options: {
    file: { type: 'string' },
    rows: { type: 'string' },
    'run-id': { type: 'string', default: String(Date.now()) },
  },
});
const settings = {
  bucket: process.env.BENCH_BUCKET ?? 'loopline-bench',
  schema: process.env.BENCH_DATABASE_SCHEMA ?? 'bench_ingestion',
  topicPrefix: process.env.BENCH_TOPIC_PREFIX ?? 'bench.',
  waitSeconds: Number(process.env.BENCH_WAIT_SECONDS ?? 300),
  readyTimeoutMs: Number(process.env.BENCH_READY_TIMEOUT ?? 120) * 1000,
  mainJs: resolve(
    process.env.BENCH_SERVICE_MAIN ?? join(REPO_ROOT, 'services/ingestion/dist/main.js'),
  ),
  contract: resolve(
    process.env.BENCH_CONTRACT ??
      join(REPO_ROOT, 'services/ingestion/data-contracts/flights/v1.json'),
  ),
};

/** A failure the bench can explain; printed without a stack trace. */
class BenchError extends Error {}

const progress = (message) => process.stderr.write(`[loopline] ${message}\n`);

/**
 * The bench's own service knows one principal, an operator whose fresh token only this process
 * holds; the token file (AUTH_TOKENS_FILE) lists its sha256, as in production.
 */
function benchPrincipal(workDir) {
  const token = randomBytes(32).toString('hex');
  const tokensFile = join(workDir, 'access-tokens.json');
  const principals = [
    {
      name: 'bench-operator',
      roles: ['operator'],
      tokenSha256: [createHash('sha256').update(token).digest('hex')],
    },
  ];
  writeFileSync(tokensFile, JSON.stringify({ format: 'loopline.access-tokens/v1', principals }), {
    mode: 0o600,
  });
  return { tokensFile, authorization: `Bearer ${token}` };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** One HTTP exchange; `body` is a Buffer or a readable stream. Resolves with status and JSON. */
function call(port, method, path, { body, headers = {}, timeoutMs = 30_000 } = {}) {
  return new Promise((resolveCall, reject) => {
    const req = request({ host: HOST, port, method, path, headers, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON: the caller reports the raw text.
        }
        resolveCall({ status: res.statusCode, json, text });
      });
    });
    req.on('timeout', () => req.destroy(new BenchError(`${method} ${path}: no answer in time`)));
    req.on('error', reject);
    if (body && typeof body.pipe === 'function') {
      body.on('error', (error) => req.destroy(error));
      body.pipe(req);
    } else {
      req.end(body);
    }
  });
}

function unexpected(what, res) {
  const detail = res.json ? JSON.stringify(res.json) : res.text;
  const hint =
    res.status === 404
      ? ' — the ingestion service does not serve this endpoint yet (see bench/ingest/README.md, "What the service must answer")'
      : '';
  return new BenchError(`${what}: HTTP ${res.status}${hint}: ${detail.slice(0, 800)}`);
}

function procStatus(pid, field) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  if (!line) throw new BenchError(`${field} missing from /proc/${pid}/status`);
  return Number(line.split(/\s+/)[1]) * 1024;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function startService(port, logPath, workDir, tokensFile) {
  const log = createWriteStream(logPath);
  const child = spawn(process.execPath, [settings.mainJs], {
    cwd: REPO_ROOT, // the service resolves repository files (schemas/) from here
    env: {
      ...process.env,
      HTTP_PORT: String(port),
      HTTP_HOST: HOST,
      DATABASE_SCHEMA: settings.schema,
      // Also isolates the consumer group, which defaults to the prefix plus the service name.
      KAFKA_TOPIC_PREFIX: settings.topicPrefix,
      ARTIFACTS_BUCKET: settings.bucket,
      // Scratch space of its own, away from that of a service already running on this machine.
      INGESTION_WORK_DIR: workDir,
      AUTH_TOKENS_FILE: tokensFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return child;
}

function logTail(logPath) {
  try {
    return readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitReady(child, port, logPath) {
  const deadline = Date.now() + settings.readyTimeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new BenchError(
        `the ingestion service exited while starting; log tail:\n${logTail(logPath)}`,
      );
    }
    try {
      const res = await call(port, 'GET', '/ready', { timeoutMs: 2000 });
      if (res.status === 200) return;
      last = `HTTP ${res.status} ${res.text.slice(0, 300)}`;
    } catch (error) {
      last = error.message;
    }
    await sleep(200);
  }
  throw new BenchError(
    `the ingestion service was not ready after ${settings.readyTimeoutMs / 1000}s (last /ready: ${last}); log: ${logPath}`,
  );
}

async function stopService(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await child.exited;
  clearTimeout(timer);
}

function loadContract() {
  if (!existsSync(settings.contract)) {
    throw new BenchError(
      `the flights data contract ${settings.contract} does not exist yet; it belongs to the ingestion service`,
    );
  }
  const contract = JSON.parse(readFileSync(settings.contract, 'utf8'));
  if (!('dataset' in contract)) {
    throw new BenchError(
      `${settings.contract} has no "dataset" field to point at the bench dataset`,
    );
  }
  return contract;
}

async function registerContract(port, contract, dataset, authorization) {
  const res = await call(port, 'POST', '/data-contracts', {
    body: Buffer.from(JSON.stringify({ ...contract, dataset })),
    headers: { authorization, 'content-type': 'application/json' },
  });
  if (res.status !== 201 && res.status !== 200) throw unexpected('POST /data-contracts', res);
}

/** Uploads the file and waits for the batch's outcome; the returned body is the final one. */
async function ingest(port, dataset, file, authorization) {
  const { size } = await stat(file);
  const name = encodeURIComponent(dataset);
  const path = `/datasets/${name}/batches?format=parquet&wait=${settings.waitSeconds}`;
  let res = await call(port, 'POST', path, {
    body: createReadStream(file),
    headers: {
      authorization,
      'content-type': PARQUET_MEDIA_TYPE,
      'content-length': String(size),
    },
    timeoutMs: (settings.waitSeconds + 60) * 1000,
  });
  if (res.status === 202 && res.json?.batchId) {
    progress(`batch ${res.json.batchId} is pending (HTTP 202); polling until it settles`);
    const batchPath = `/datasets/${name}/batches/${encodeURIComponent(res.json.batchId)}`;
    for (;;) {
      await sleep(POLL_INTERVAL_MS);
      res = await call(port, 'GET', batchPath, { headers: { authorization } });
      if (res.status !== 200) throw unexpected(`GET ${batchPath}`, res);
      if (res.json?.status !== 'pending') break;
    }
  } else if (res.status === 200) {
    // The service's answer to bytes it has already ingested under this contract: no work done.
    throw new BenchError(
      `the service answered 200 (a repeat of an earlier upload of ${dataset}), so nothing was ingested; use a new --run-id`,
    );
  } else if (res.status !== 201 && res.status !== 422) {
    throw unexpected(`POST ${path}`, res);
  }
  const body = res.json ?? {};
  if (body.status === 'rejected') {
    throw new BenchError(
      `the service rejected the batch (${body.reason}): ${JSON.stringify(body.violations ?? []).slice(0, 1500)}`,
    );
  }
  if (body.status !== 'versioned' || !body.datasetVersionId || typeof body.rowCount !== 'number') {
    throw unexpected(
      'batch outcome (expected status versioned with datasetVersionId and rowCount)',
      res,
    );
  }
  return body;
}

async function main() {
  if (!args.file) throw new BenchError('usage: loopline-ingest.mjs --file <parquet> [--rows N]');
  if (!existsSync(settings.mainJs)) {
    throw new BenchError(`${settings.mainJs} is missing; build first: npx tsc -b tsconfig.json`);
  }
  const contract = loadContract();
  mkdirSync(LOG_DIR, { recursive: true });
  const port = await freePort();
  const logPath = join(LOG_DIR, `ingestion-${args['run-id']}.log`);
  const dataset = `bench-flights-${args['run-id']}`;

  const workDir = mkdtempSync(join(tmpdir(), 'bench-ingestion-'));
  const { tokensFile, authorization } = benchPrincipal(workDir);

  progress(`starting the ingestion service on ${HOST}:${port} (log: ${logPath})`);
  const child = startService(port, logPath, workDir, tokensFile);
  const stopOnSignal = () => child.kill('SIGTERM');
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const startedAt = performance.now();
    await waitReady(child, port, logPath);
    progress(
      `ready in ${((performance.now() - startedAt) / 1000).toFixed(1)}s; registering ${dataset}`,
    );
    await registerContract(port, contract, dataset, authorization);

    const rssBefore = procStatus(child.pid, 'VmRSS');
    progress(`uploading ${args.file}`);
    const t0 = performance.now();
    const outcome = await ingest(port, dataset, args.file, authorization);
    const seconds = (performance.now() - t0) / 1000;
    const peak = procStatus(child.pid, 'VmHWM');

    if (args.rows !== undefined && outcome.rowCount !== Number(args.rows)) {
      throw new BenchError(
        `the service versioned ${outcome.rowCount} rows; the file holds ${args.rows}`,
      );
    }
    const result = {
      tool: 'loopline',
      status: outcome.status,
      rows: outcome.rowCount,
      seconds: Number(seconds.toFixed(4)),
      rowsPerSecond: Math.round(outcome.rowCount / seconds),
      peakRssBytes: peak,
      rssBeforeBytes: rssBefore,
      dataset,
      batchId: outcome.batchId,
      datasetVersionId: outcome.datasetVersionId,
      version: outcome.version,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await stopService(child);
    await rm(workDir, { recursive: true, force: true });
    progress(`service stopped`);
  }
}

main().catch((error) => {
  const message = error instanceof BenchError ? error.message : (error.stack ?? String(error));
  process.stderr.write(`[loopline] ERROR: ${message}\n`);
  process.exitCode = 1;
});
