#!/usr/bin/env node
// The serving benchmark's driver (bench/serving/run.sh calls it): single-row prediction requests
// at 64 concurrent connections, one target after the other, against
//   bare     node:http answering a fixed JSON body (the ceiling),
//   mlflow   MLflow's scoring server on the scikit-learn MLP of the flights model's shape,
//   loopline the deployment service's POST /v1/models/flights-delay/predict (already running).
// Loopline is skipped, with the reason, when port 3006 does not answer or the model is not served
// yet (GET /v1/models/flights-delay is 200 once it is). Prints the table, then the ratios against
// their targets.
//
//   node bench/serving/serving.mjs [--smoke] [--duration S] [--warmup S] [--connections N]
//        [--mlflow-bin PATH --mlflow-model DIR --mlflow-request FILE] [--mlflow-workers N]
//        [--row FILE] [--loopline-url URL] [--token-file FILE]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixed, measure, progress, REPO_ROOT, startServer, table } from './load.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '64' },
    'mlflow-bin': { type: 'string' },
    'mlflow-model': { type: 'string' },
    'mlflow-request': { type: 'string' },
    'mlflow-workers': { type: 'string', default: '2' },
    row: { type: 'string' },
    'loopline-url': { type: 'string', default: 'http://127.0.0.1:3006' },
    'token-file': { type: 'string', default: join(REPO_ROOT, '.local/auth/local-operator.token') },
  },
});

const SMOKE = args.smoke;
const DURATION = Number(args.duration ?? (SMOKE ? 2 : 15));
const WARMUP = Number(args.warmup ?? (SMOKE ? 1 : 5));
const CONNECTIONS = Number(args.connections);
const TARGETS = { looplineVsBare: 0.5, looplineVsMlflow: 5, looplineP99Ms: 15 };
const MODEL = 'flights-delay';
/** A January 2001 flight as the ingestion contract has it (services/ingestion/data-contracts). */
const EXAMPLE_ROW = {
  date: '2001-01-15T08:05:00Z',
  distance: 733,
  origin: 'ORD',
  destination: 'LGA',
};
const JSON_HEADERS = { 'content-type': 'application/json' };
const BARE_PORT = 3095;
const MLFLOW_PORT = 3096;

for (const [name, value] of [
  ['--duration', DURATION],
  ['--warmup', WARMUP],
  ['--connections', CONNECTIONS],
]) {
  if (!(value >= 0) || (name !== '--warmup' && value === 0))
    throw new Error(`${name} must be a positive number`);
}

const results = [];
const load = { connections: CONNECTIONS, warmupSeconds: WARMUP, durationSeconds: DURATION };

await runBare();
if (SMOKE) skip('mlflow', '--smoke leaves MLflow out');
else await runMlflow();
await runLoopline();
report();

async function runBare() {
  const url = `http://127.0.0.1:${BARE_PORT}/predict`;
  const server = await startServer(
    'bare node:http',
    process.execPath,
    [join(REPO_ROOT, 'bench/serving/bare-server.mjs'), '--port', String(BARE_PORT)],
    url,
  );
  try {
    await measureTarget('bare', { url, headers: JSON_HEADERS, body: rowBody() });
  } finally {
    await server.stop();
  }
}

async function runMlflow() {
  const { 'mlflow-bin': bin, 'mlflow-model': model, 'mlflow-request': requestFile } = args;
  if (!bin || !model || !requestFile)
    return skip(
      'mlflow',
      'needs --mlflow-bin, --mlflow-model and --mlflow-request (run.sh passes them)',
    );
  const workers = args['mlflow-workers'];
  const base = `http://127.0.0.1:${MLFLOW_PORT}`;
  progress(`mlflow: starting its scoring server with ${workers} worker(s)`);
  const server = await startServer(
    'mlflow models serve',
    bin,
    [
      'models',
      'serve',
      '-m',
      model,
      '--env-manager',
      'local',
      '-h',
      '127.0.0.1',
      '-p',
      String(MLFLOW_PORT),
      '-w',
      workers,
    ],
    `${base}/ping`,
    // It execs `uvicorn` by name: the venv's bin must come first on PATH.
    { detached: true, env: { ...process.env, PATH: `${dirname(bin)}:${process.env.PATH}` } },
  ).catch((error) => {
    progress(`mlflow: ${error.message}`);
    return undefined;
  });
  if (!server) {
    results.push({ name: 'mlflow', failed: 'did not start' });
    return;
  }
  try {
    const body = readFileSync(requestFile, 'utf8');
    await measureTarget(`mlflow (${workers} workers)`, {
      url: `${base}/invocations`,
      headers: JSON_HEADERS,
      body,
    });
  } finally {
    await server.stop();
  }
}

async function runLoopline() {
  const base = args['loopline-url'].replace(/\/$/, '');
  const tokenFile = args['token-file'];
  if (!existsSync(tokenFile))
    return skip(
      'loopline',
      `no token at ${tokenFile}: run bash infra/auth.sh, then restart the services`,
    );
  const headers = {
    ...JSON_HEADERS,
    authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}`,
  };
  let status;
  try {
    const response = await fetch(`${base}/v1/models/${MODEL}`, {
      headers,
      signal: AbortSignal.timeout(5000),
    });
    await response.arrayBuffer();
    status = response.status;
  } catch (error) {
    return skip(
      'loopline',
      `${base} does not answer (${error.cause?.code ?? error.message}): start the deployment service`,
    );
  }
  if (status !== 200)
    return skip(
      'loopline',
      `GET ${base}/v1/models/${MODEL} answered ${status}: the model is not served yet`,
    );
  await measureTarget('loopline', {
    url: `${base}/v1/models/${MODEL}/predict`,
    headers,
    body: rowBody(),
  });
}

function rowBody() {
  const row = args.row ? JSON.parse(readFileSync(args.row, 'utf8')) : EXAMPLE_ROW;
  return JSON.stringify({ instances: [row] });
}

/** One untimed request must succeed first, so a broken target is reported, not measured. */
async function measureTarget(name, target) {
  const check = await fetch(target.url, {
    method: 'POST',
    headers: target.headers,
    body: target.body,
  });
  const answer = await check.text();
  if (check.status < 200 || check.status > 299) {
    progress(
      `${name}: the first request answered ${check.status} (${answer.slice(0, 300)}); not measured`,
    );
    results.push({ name, failed: `answered ${check.status}` });
    return;
  }
  progress(`${name}: ${WARMUP} s warm-up, then ${DURATION} s at ${CONNECTIONS} connections`);
  results.push({ name, ...(await measure({ ...target, ...load })) });
}

function skip(name, reason) {
  progress(`${name}: skipped: ${reason}`);
  results.push({ name, skipped: reason });
}

function report() {
  const rows = results.map((r) =>
    r.skipped || r.failed
      ? [r.name, r.skipped ? 'skipped' : 'failed', '', '', r.failed ?? '']
      : [
          r.name,
          r.requestsPerSecond.toFixed(0),
          fixed(r.p50Ms, 2),
          fixed(r.p99Ms, 2),
          `${r.errors} / ${r.non2xx}`,
        ],
  );
  console.log(
    `\n${CONNECTIONS} connections, ${WARMUP} s warm-up, ${DURATION} s measured per target, single-row requests`,
  );
  console.log(table(['target', 'req/s', 'p50 ms', 'p99 ms', 'errors / non-2xx'], rows));
  const measured = (prefix) =>
    results.find((r) => r.name.startsWith(prefix) && r.requestsPerSecond);
  const [bare, mlflow, loopline] = [measured('bare'), measured('mlflow'), measured('loopline')];
  const verdict = (value, target, atLeast) =>
    `${value}  (target ${atLeast ? '≥' : '<'} ${target}: ${(atLeast ? value >= target : value < target) ? 'met' : 'MISSED'})`;
  console.log('');
  if (!loopline) return console.log('ratios: n/a (Loopline was not measured)');
  const ratio = (a, b) => Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2));
  if (bare)
    console.log(
      `Loopline / bare    ${verdict(ratio(loopline, bare), TARGETS.looplineVsBare, true)}`,
    );
  if (mlflow)
    console.log(
      `Loopline / MLflow  ${verdict(ratio(loopline, mlflow), TARGETS.looplineVsMlflow, true)}`,
    );
  console.log(
    `Loopline p99 ms    ${verdict(Number(loopline.p99Ms.toFixed(2)), TARGETS.looplineP99Ms, false)}`,
  );
  if (loopline.errors + loopline.non2xx > 0)
    console.log(`Loopline had ${loopline.errors} errors and ${loopline.non2xx} non-2xx answers`);
}
