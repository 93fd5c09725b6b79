#!/usr/bin/env node
// The drift benchmark's driver (run it through bench/drift/run.sh): draws the two samples once,
// times Loopline here, the peers in Python on the same files, and prints the report.
//
//   node bench/drift/drift.mjs [--smoke] [--python PATH] [--repeat N] [--seed N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exactTests, timeLoopline } from './loopline.mjs';
import { printReport } from './report.mjs';
import { exportSample, loadSample, profileInputs } from './samples.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(BENCH_DIR, '../..');
const SOURCE = join(REPO_ROOT, 'node_modules/vega-datasets/data/flights-3m.parquet');
const CACHE = join(REPO_ROOT, '.local/bench/drift');
const SIZES = { full: [1_000_000, 100_000], smoke: [20_000, 2_000] };

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    python: { type: 'string' },
    repeat: { type: 'string' },
    seed: { type: 'string', default: '7' },
  },
});

/** A failure the bench can explain; printed without a stack trace. */
class BenchError extends Error {}

const progress = (message) => process.stderr.write(`[drift] ${message}\n`);
const require = createRequire(import.meta.url);

function library(path, names) {
  const main = join(REPO_ROOT, path);
  if (!existsSync(main))
    throw new BenchError(`${main} is missing; build first: npx tsc -b libs/features`);
  const module = require(main);
  const missing = names.filter((name) => module[name] === undefined);
  if (missing.length > 0)
    throw new BenchError(`${path} does not export ${missing.join(', ')}; rebuild it`);
  return module;
}

function runPeers(python, reference, window, repeat) {
  progress(`peers: ${python} peers.py (${repeat} timed run(s) each)`);
  const run = spawnSync(
    python,
    [
      join(BENCH_DIR, 'peers.py'),
      '--reference',
      reference,
      '--window',
      window,
      '--repeat',
      String(repeat),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new BenchError(`the peers failed (exit ${run.status}, see above)`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

async function main() {
  const smoke = args.smoke;
  const seed = Number(args.seed);
  const repeat = Number(args.repeat ?? (smoke ? 1 : 5));
  if (!Number.isSafeInteger(seed) || !(Number.isSafeInteger(repeat) && repeat > 0)) {
    throw new BenchError('--seed and --repeat take whole numbers, --repeat at least 1');
  }
  if (!existsSync(SOURCE))
    throw new BenchError(`${SOURCE} is missing; it comes with npm ci (vega-datasets)`);
  const tabular = library('libs/tabular/dist/index.js', ['TabularSession', 'sqlString']);
  const { readRawBatch } = library('libs/features/dist/index.js', ['readRawBatch']);
  const stats = library('libs/stats/dist/index.js', [
    'buildDriftReference',
    'emptyWindowSketch',
    'addToWindowSketch',
    'calibrateDrift',
    'compareWithReference',
    'ksTwoSample',
    'chiSquareContingency',
    'DEFAULT_DRIFT_ALPHA',
    'DEFAULT_CALIBRATION_DRAWS',
    'DEFAULT_MINIMUM_EFFECT',
  ]);
  const io = { ...tabular, readRawBatch };
  const loadBefore = loadavg()[0];

  const [referenceRows, windowRows] = smoke ? SIZES.smoke : SIZES.full;
  const files = {};
  for (const [which, rows] of [
    ['reference', referenceRows],
    ['window', windowRows],
  ]) {
    files[which] = await exportSample(io, { source: SOURCE, directory: CACHE, which, rows, seed });
    progress(`${which}: ${files[which].exported ? 'drew' : 'cached'} ${files[which].path}`);
  }
  const samples = {};
  for (const which of ['reference', 'window']) {
    const { batch, seconds } = await loadSample(io, files[which].path);
    samples[which] = {
      batch,
      rowCount: batch.rowCount,
      inputs: profileInputs(batch),
      loadSeconds: seconds,
    };
  }

  progress(`Loopline: ${repeat} timed run(s)`);
  const loopline = timeLoopline(stats, samples.reference, samples.window, { repeat, seed });
  loopline.load = { reference: samples.reference.loadSeconds, window: samples.window.loadSeconds };
  loopline.windowRows = windowRows;
  const exact = exactTests(stats, samples.reference, samples.window);
  const peers =
    smoke || !args.python
      ? null
      : runPeers(args.python, files.reference.path, files.window.path, repeat);

  printReport({
    setup: {
      smoke,
      seed,
      referenceRows,
      windowRows,
      referencePeriod: files.reference.period,
      windowPeriod: files.window.period,
      load: [loadBefore, loadavg()[0]],
    },
    loopline,
    exact,
    peers,
  });
}

main().catch((error) => {
  const message = error instanceof BenchError ? error.message : (error.stack ?? String(error));
  process.stderr.write(`[drift] ERROR: ${message}\n`);
  process.exitCode = 1;
});
