#!/usr/bin/env node
// The training benchmark's data: materializes the shipped flights-delay feature view over one
// local Parquet file with the built @loopline/features library, exactly as the feature store
// does, and leaves the split files (loopline.feature-set-split/v1) in --out with a summary,
// `materialized.json`, that run.sh takes as the mark of a finished cache entry.
//
//   node bench/training/materialize-splits.mjs --file <parquet> --out <dir>
//
// Settings (environment): BENCH_FEATURES_MAIN (libs/features/dist/index.js), BENCH_DEFINITION
// (services/feature-store/feature-views/flights-delay.json).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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
  options: { file: { type: 'string' }, out: { type: 'string' } },
});
const progress = (message) => process.stderr.write(`[materialize] ${message}\n`);

async function main() {
  if (!args.file || !args.out) {
    throw new Error('usage: materialize-splits.mjs --file <parquet> --out <dir>');
  }
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing; build first: npx tsc -b tsconfig.json`);
  const module = await import(pathToFileURL(MAIN).href);
  const features = module.materializeFeatureView ? module : module.default;
  const definition = features.parseFeatureViewDefinition(
    JSON.parse(readFileSync(DEFINITION, 'utf8')),
  );
  const outputDirectory = resolve(args.out);
  await mkdir(outputDirectory, { recursive: true });
  progress(`${definition.name} v1 over ${args.file} into ${outputDirectory}`);
  const t0 = performance.now();
  const result = await features.materializeFeatureView({
    definition,
    version: 1,
    parquetFiles: [resolve(args.file)],
    outputDirectory,
  });
  const seconds = (performance.now() - t0) / 1000;
  const summary = {
    definition: definition.name,
    source: basename(args.file),
    rowCount: result.rowCount,
    droppedRows: result.droppedRows,
    // Paths relative to the summary, so the folder can move.
    splits: Object.fromEntries(
      result.splits.map((s) => [s.name, { file: basename(s.path), rows: s.rowCount }]),
    ),
    transformSpec: basename(result.transformSpecPath),
    featureNames: result.featureNames,
    seconds: Number(seconds.toFixed(3)),
  };
  writeFileSync(
    join(outputDirectory, 'materialized.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  const rows = Object.entries(summary.splits).map(([name, s]) => `${name} ${s.rows}`);
  progress(
    `${rows.join(', ')}; ${result.featureNames.length} tensor columns; ${summary.seconds} s`,
  );
}

main().catch((error) => {
  process.stderr.write(`[materialize] ERROR: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
