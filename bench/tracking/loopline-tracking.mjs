#!/usr/bin/env node
// Loopline's side of the tracking benchmark: seeds a fresh schema of the local PostgreSQL with
// runs (bulk SQL) and metric points (TrackingStore.logMetrics), then measures, in this process
// and through the training service's own TrackingStore and TrackingReader, logging 10,000
// points to one run and searching the runs with a filter and a sort. Progress goes to stderr;
// stdout gets one JSON line, the shape mlflow_peer.py prints. The dataset is dataset.md's.
//
//   node bench/tracking/loopline-tracking.mjs --runs N --points N --log-repeats N --queries N
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TRACKING = join(REPO_ROOT, 'services/training/dist/tracking/index.js');
const require = createRequire(join(REPO_ROOT, 'services/training/package.json'));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    points: { type: 'string', default: '1000000' },
    'log-repeats': { type: 'string', default: '10' },
    queries: { type: 'string', default: '200' },
  },
});
const RUNS = Number(args.runs);
const POINTS = Number(args.points);
const LOG_REPEATS = Number(args['log-repeats']);
const QUERIES = Number(args.queries);
const LOG_BATCH = { keys: 10, steps: 1000 }; // 10,000 points per logged batch

const progress = (message) => process.stderr.write(`[loopline] ${message}\n`);
const OPTIMIZERS = ['adam', 'sgd', 'rmsprop'];
const TRIGGERS = ['drift', 'schedule', 'manual', 'performance'];
const LEARNING_RATES = ['0.001', '0.002', '0.005', '0.01'];
const BATCH_SIZES = ['32', '64', '128', '256'];
const UNITS = ['32', '64', '128'];
const DROPOUTS = ['0', '0.1', '0.2'];
/** A fraction in [0, 1) that the Python side computes identically (exact integer arithmetic). */
const h = (i, salt) => ((i * 2654435761 + salt * 97) % 10007) / 10007;

/** Run i of the shared dataset (bench/tracking/README.md). */
function runOf(i) {
  return {
    model: i % 2 === 0 ? 'flights-delay' : 'seattle-weather',
    params: {
      optimizer: OPTIMIZERS[i % 3],
      learning_rate: LEARNING_RATES[(i * 7) % 4],
      batch_size: BATCH_SIZES[(i * 5) % 4],
      hidden_units: UNITS[(i * 11) % 3],
      dropout: DROPOUTS[(i * 13) % 3],
      seed: String(i),
    },
    metrics: {
      test_roc_auc: 0.5 + 0.5 * h(i, 1),
      val_loss: 0.2 + h(i, 2),
      train_loss: 0.1 + h(i, 3),
      test_accuracy: 0.5 + 0.5 * h(i, 4),
    },
    tags: { trigger: TRIGGERS[i % 4], team: 'ml' },
  };
}

/** Query q of the shared set: a threshold, an optimizer and a trigger, top 100 by AUC. */
function queryOf(q) {
  const threshold = (0.55 + (q % 40) * 0.01).toFixed(2);
  return {
    filter: `metrics.test_roc_auc > ${threshold} and params.optimizer = '${OPTIMIZERS[q % 3]}' and tags.trigger = '${TRIGGERS[Math.floor(q / 3) % 4]}'`,
    orderBy: 'metrics.test_roc_auc DESC',
    limit: 100,
  };
}

function batchOfPoints(base) {
  const points = [];
  for (let k = 0; k < LOG_BATCH.keys; k++)
    for (let step = 0; step < LOG_BATCH.steps; step++)
      points.push({
        key: `metric_${k}`,
        step,
        value: Math.sin(base + k + step / 100),
        timestamp: base + step,
      });
  return points;
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function seedRuns(manager, runsTable) {
  const now = Date.now();
  for (let from = 0; from < RUNS; from += 1000) {
    const rows = [];
    for (let i = from; i < Math.min(RUNS, from + 1000); i++) {
      const run = runOf(i);
      const created = new Date(now - (RUNS - i) * 1000).toISOString();
      rows.push({
        id: randomUUID(),
        model_name: run.model,
        trigger: run.tags.trigger,
        params: run.params,
        metrics: run.metrics,
        tags: run.tags,
        created_at: created,
        duration_ms: 60_000 + i,
      });
    }
    await manager.query(
      `INSERT INTO ${runsTable} (id, model_name, status, trigger, reason, requested_by, request_ids,
         params, metrics, tags, backend, attempts, created_at, started_at, ended_at, duration_ms)
       SELECT id, model_name, 'succeeded', trigger, 'bench', 'bench', '{}', params, metrics, tags,
         'wasm', 1, created_at, created_at, created_at + interval '1 minute', duration_ms
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, model_name text, trigger text, params jsonb,
         metrics jsonb, tags jsonb, created_at timestamptz, duration_ms bigint)`,
      [JSON.stringify(rows)],
    );
  }
}

async function main() {
  if (!existsSync(TRACKING))
    throw new Error(`${TRACKING} is missing; build first: npx tsc -b tsconfig.json`);
  const tracking = require(TRACKING);
  const { openServiceDataSource } = require('@loopline/persistence');
  const { testStackConfig, dropSchema, uniqueIdentifier } = require('@loopline/testing');
  const { databaseUrl } = testStackConfig();
  const schema = uniqueIdentifier('bench_tracking');
  const dataSource = await openServiceDataSource({
    url: databaseUrl,
    schema,
    entities: tracking.TRACKING_ENTITIES,
    migrations: tracking.TRACKING_MIGRATIONS,
    serviceName: 'bench-tracking',
    poolSize: 4,
  });
  const store = new tracking.TrackingStore();
  const reader = new tracking.TrackingReader();
  const manager = dataSource.manager;
  const runsTable = `"${schema}".runs`;
  try {
    let started = process.hrtime.bigint();
    await seedRuns(manager, runsTable);
    const seedRunsSeconds = ms(started) / 1000;
    progress(`seeded ${RUNS} runs in ${seedRunsSeconds.toFixed(1)} s (bulk SQL)`);
    started = process.hrtime.bigint();
    const ids = (
      await manager.query(`SELECT id FROM ${runsTable} ORDER BY created_at LIMIT $1`, [
        Math.ceil(POINTS / 10_000),
      ])
    ).map((row) => row.id);
    for (const [index, id] of ids.entries())
      await store.logMetrics(
        manager,
        id,
        batchOfPoints(index).slice(0, Math.min(10_000, POINTS - index * 10_000)),
      );
    await manager.query(`ANALYZE "${schema}".runs; ANALYZE "${schema}".run_metric_points`);
    const seedPointsSeconds = ms(started) / 1000;
    progress(`seeded ${POINTS} metric points in ${seedPointsSeconds.toFixed(1)} s (logMetrics)`);

    // Other work on the machine skews what follows; the report shows this and warns.
    const loadAverage = loadavg()[0];
    const logMs = [];
    for (let r = -1; r < LOG_REPEATS; r++) {
      const id = randomUUID();
      await store.createRun(manager, {
        id,
        modelName: 'bench',
        trigger: 'manual',
        reason: 'bench',
        requestedBy: 'bench',
        requestIds: [],
        featureSetId: null,
        configVersion: null,
        configHash: null,
        params: {},
      });
      const points = batchOfPoints(1_000_000 + r);
      const start = process.hrtime.bigint();
      const written = await store.logMetrics(manager, id, points);
      if (r >= 0) logMs.push(ms(start)); // the first is a warm-up
      if (written !== points.length)
        throw new Error(`logged ${written} of ${points.length} points`);
    }
    progress(`logMetrics of 10,000 points: ${logMs.map((v) => v.toFixed(1)).join(', ')} ms`);

    const searchMs = [];
    let checksum = 0;
    let returned = 0;
    for (let q = -10; q < QUERIES; q++) {
      const start = process.hrtime.bigint();
      const page = await reader.search(manager, queryOf(Math.abs(q)));
      const elapsed = ms(start);
      if (q < 0) continue; // warm-up
      searchMs.push(elapsed);
      returned += page.runs.length;
      for (const run of page.runs) checksum += run.metrics.test_roc_auc;
    }
    const sorted = [...searchMs].sort((a, b) => a - b);
    progress(
      `search p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms`,
    );
    console.log(
      JSON.stringify({
        tool: 'loopline',
        status: 'done',
        runs: RUNS,
        points: POINTS,
        seedSeconds: seedRunsSeconds + seedPointsSeconds,
        logMedianMs: median(logMs),
        logCalls: 1,
        logRepeats: LOG_REPEATS,
        searchP50Ms: percentile(sorted, 50),
        searchP99Ms: percentile(sorted, 99),
        loadAverage,
        queries: QUERIES,
        returned,
        checksum: Number(checksum.toFixed(6)),
      }),
    );
  } finally {
    await dataSource.destroy();
    await dropSchema(databaseUrl, schema);
  }
}

main().catch((error) => {
  progress(`failed: ${error.stack ?? error}`);
  console.log(
    JSON.stringify({ tool: 'loopline', status: 'failed', error: String(error.message ?? error) }),
  );
  process.exit(1);
});
