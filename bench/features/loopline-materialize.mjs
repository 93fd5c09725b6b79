#!/usr/bin/env node
// Loopline's side of the feature-store benchmark: calls materializeFeatureView from the built
// @loopline/features library in this process, over one local Parquet file, with the flights-delay
// definition as version 1. Progress goes to stderr; stdout gets one JSON line, the same shape the
// Python peers print (bench/features/peer_run.py).
//
//   node bench/features/loopline-materialize.mjs --file <parquet> [--keep <dir>]
//
// Settings (environment): BENCH_FEATURES_MAIN (libs/features/dist/index.js, e.g. another
// checkout's build), BENCH_DEFINITION (services/feature-store/feature-views/flights-delay.json).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = resolve(
  process.env.BENCH_FEATURES_MAIN ?? join(REPO_ROOT, 'libs/features/dist/index.js'),
);
const DEFINITION = resolve(
  process.env.BENCH_DEFINITION ??
    join(REPO_ROOT, 'services/feature-store/feature-views/flights-delay.json'),
);

const { values: args } = parseArgs({
  options: { file: { type: 'string' }, keep: { type: 'string' } },
});

/** A failure the bench can explain; printed without a stack trace. */
class BenchError extends Error {}

const progress = (message) => process.stderr.write(`[loopline] ${message}\n`);

async function loadLibrary() {
  if (!existsSync(MAIN)) {
    throw new BenchError(`${MAIN} is missing; build first: npx tsc -b tsconfig.json`);
  }
  const module = await import(pathToFileURL(MAIN).href);
  // The library is CommonJS: its exports are the named exports or, failing detection, default.
  const library = module.materializeFeatureView ? module : (module.default ?? {});
  if (typeof library.materializeFeatureView !== 'function') {
    throw new BenchError(`${MAIN} does not export materializeFeatureView (not written yet?)`);
  }
  return library;
}

/** The definition as the feature store reads it: validated by the library's parser if exported. */
function loadDefinition(library) {
  const json = JSON.parse(readFileSync(DEFINITION, 'utf8'));
  if (typeof library.parseFeatureViewDefinition !== 'function') {
    progress('parseFeatureViewDefinition is not exported; using the file as parsed JSON');
    return json;
  }
  return library.parseFeatureViewDefinition(json);
}

/** The figures run.sh compares across engines, from Loopline's transform spec. */
function checks(specPath, trainRows) {
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  const features = spec.statistics?.features ?? {};
  const standardize = (features.distance ?? []).find((step) => step?.kind === 'standardize');
  const oneHot = (features.origin ?? []).find((step) => step?.kind === 'one_hot');
  return {
    trainRows,
    fittedRows: spec.statistics?.fittedRows ?? null,
    distanceMean: standardize?.mean ?? null,
    distanceStd: standardize?.std ?? null,
    originVocabulary: oneHot?.vocabulary ?? null,
  };
}

async function main() {
  if (!args.file) throw new BenchError('usage: loopline-materialize.mjs --file <parquet>');
  const library = await loadLibrary();
  const definition = loadDefinition(library);
  const outputDirectory = args.keep ?? mkdtempSync(join(tmpdir(), 'bench-features-loopline-'));
  progress(`materializing ${definition.name} v1 from ${args.file} into ${outputDirectory}`);
  try {
    const t0 = performance.now();
    const result = await library.materializeFeatureView({
      definition,
      version: 1,
      parquetFiles: [resolve(args.file)],
      outputDirectory,
    });
    const seconds = (performance.now() - t0) / 1000;
    // maxRSS is in KiB: the peak of this process, Node and the library's start-up included,
    // as the peers' ru_maxrss includes the interpreter and their imports.
    const peak = process.resourceUsage().maxRSS * 1024;

    const splits = Object.fromEntries(result.splits.map((split) => [split.name, split.rowCount]));
    const stages = Object.fromEntries(
      Object.entries(result.timings).map(([stage, ms]) => [stage, Number((ms / 1000).toFixed(4))]),
    );
    const line = {
      tool: 'loopline',
      status: 'materialized',
      rows: result.rowCount + result.droppedRows,
      keptRows: result.rowCount,
      seconds: Number(seconds.toFixed(4)),
      stages,
      splits,
      tensorColumns: result.featureNames.length,
      checks: checks(result.transformSpecPath, splits.train ?? null),
      peakRssBytes: peak,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    if (!args.keep) await rm(outputDirectory, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const message = error instanceof BenchError ? error.message : (error.stack ?? String(error));
  process.stderr.write(`[loopline] ERROR: ${message}\n`);
  process.exitCode = 1;
});
