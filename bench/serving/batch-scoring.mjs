#!/usr/bin/env node
// Batch scoring throughput: runs the deployment service's batch scoring worker thread (the very
// script a batch scoring job runs: read Parquet with DuckDB, windowed aggregations as of each
// row, transform, predict, write Arrow parts) over a Parquet file with the newest flights-delay
// model stored in MinIO (after `npm run demo`), and reports rows/s per stage. Progress goes to
// stderr; stdout gets one JSON line.
//
//   node bench/serving/batch-scoring.mjs [--file <parquet>] [--model <name>] [--chunk-rows 262144]
//        [--backend auto|wasm|cpu] [--rows <limit: first N rows, written to a temporary Parquet>]
//
// Settings (environment): MINIO_ENDPOINT, MINIO_ACCESS_KEY, MINIO_SECRET_KEY (local stack
// defaults), BENCH_MODELS_BUCKET (loopline-models).
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const lib = (path) => require(join(REPO_ROOT, path));

const { values: args } = parseArgs({
  options: {
    file: {
      type: 'string',
      default: join(REPO_ROOT, 'node_modules/vega-datasets/data/flights-3m.parquet'),
    },
    model: { type: 'string', default: 'flights-delay' },
    'chunk-rows': { type: 'string', default: '262144' },
    backend: { type: 'string', default: 'auto' },
    rows: { type: 'string' },
  },
});
const progress = (message) => process.stderr.write(`[batch-scoring] ${message}\n`);

const { ArtifactStore, createMinioClient } = lib('libs/artifacts/dist/index.js');
const { fetchModelFiles } = lib('libs/model-training/dist/index.js');
const { runInWorkerThread } = lib('libs/jobs/dist/index.js');
const { TabularSession, sqlString } = lib('libs/tabular/dist/index.js');
const WORKER = join(REPO_ROOT, 'services/deployment/dist/batch-scoring/batch-scoring.worker.js');

const connection = {
  endpoint: process.env.MINIO_ENDPOINT ?? 'http://127.0.0.1:9000',
  accessKey: process.env.MINIO_ACCESS_KEY ?? 'loopline',
  secretKey: process.env.MINIO_SECRET_KEY ?? 'loopline-secret',
};
const client = createMinioClient(connection);
const store = new ArtifactStore(client);

/** The newest stored model manifest of `name` (manifests are small JSON objects). */
async function newestModel(name) {
  const bucket = process.env.BENCH_MODELS_BUCKET ?? 'loopline-models';
  const objects = [];
  for await (const object of client.listObjectsV2(bucket, 'sha256/', true))
    if (object.size < 256 * 1024) objects.push(object);
  objects.sort((a, b) => b.lastModified - a.lastModified);
  for (const object of objects) {
    const bytes = await store.get(`s3://${bucket}/${object.name}`);
    let manifest;
    try {
      manifest = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (manifest?.format === 'loopline.model-artifact/v1' && manifest.modelName === name) {
      const sha256 = object.name.split('/')[1];
      return { uri: `s3://${bucket}/${object.name}`, sha256, manifest };
    }
  }
  throw new Error(`no ${name} model in ${bucket}: run npm run demo first`);
}

const scratch = await mkdtemp(join(tmpdir(), 'bench-batch-scoring-'));
try {
  const found = await newestModel(args.model);
  progress(`model ${args.model} run ${found.manifest.trainingRunId} (${found.uri})`);
  const model = await fetchModelFiles(store, { uri: found.uri, sha256: found.sha256 });
  let file = resolve(args.file);
  if (args.rows) {
    const session = await TabularSession.open();
    const cut = join(scratch, 'input.parquet');
    await session.run(
      `COPY (SELECT * FROM read_parquet(${sqlString(file)}) LIMIT ${Number(args.rows)}) TO ${sqlString(cut)} (FORMAT parquet)`,
    );
    session.close();
    file = cut;
  }
  progress(`scoring ${file} in chunks of ${args['chunk-rows']} rows`);
  const started = performance.now();
  const result = await runInWorkerThread({
    script: WORKER,
    request: {
      backend: args.backend,
      model: {
        modelJson: model.modelJson,
        weights: model.weights,
        transformSpec: model.transformSpec,
        signature: model.signature,
      },
      parquetFiles: [file],
      outputDirectory: join(scratch, 'out'),
      chunkRows: Number(args['chunk-rows']),
      skipParts: [],
    },
    onProgress: (part) => progress(`part ${part.partIndex} (${part.rowCount} rows)`),
    signal: new AbortController().signal,
    abortedError: { code: 'BENCH.ABORTED', message: 'aborted' },
  });
  const wallMs = performance.now() - started;
  const perSecond = (ms) => Math.round(result.rowCount / (ms / 1000));
  console.log(
    JSON.stringify({
      bench: 'batch-scoring',
      model: args.model,
      trainingRunId: found.manifest.trainingRunId,
      backend: result.backend,
      rows: result.rowCount,
      parts: result.partsWritten,
      chunkRows: Number(args['chunk-rows']),
      timingsMs: Object.fromEntries(
        Object.entries(result.timings).map(([stage, ms]) => [stage, Math.round(ms)]),
      ),
      rowsPerSecond: {
        transformAndPredict: perSecond(result.timings.score),
        scoringWithAggregatesAndWrite: perSecond(
          result.timings.score + result.timings.aggregate + result.timings.write,
        ),
        endToEndWorker: perSecond(wallMs),
      },
      machine: { cores: cpus().length, loadavg1: loadavg()[0] },
    }),
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
