#!/usr/bin/env node
// Loopline's side of the training benchmark: reads the split files with @loopline/features,
// expands them with splitMatrixFromFeatureSet and trains with trainModel (@loopline/model-training),
// in this process, on the backend the engine selects. Progress goes to stderr; stdout gets one
// JSON line.
//
//   node bench/training/loopline-train.mjs --splits DIR --mode throughput [--epochs 3]
//        [--batch 512] [--predict-batch 4096] [--default-batch-rows 20000]
//   node bench/training/loopline-train.mjs --splits DIR --mode quality --config FILE
//        --predictions FILE   (the test split's float32 scores, for the independent AUC check)
//   node bench/training/loopline-train.mjs --splits DIR --mode checksums
//
// throughput: a 64-64-1 relu MLP, adam at 0.001, exactly --epochs epochs, then inference on the
// test split in batches of --predict-batch, and tfjs model.predict at its default batch size (32)
// on the first --default-batch-rows test rows. quality: the shipped training configuration.
// Settings (environment): BENCH_TRAINING_MAIN (libs/model-training/dist/index.js),
// BENCH_METRICS_MAIN (libs/model-metrics/dist/index.js), BENCH_FEATURES_MAIN.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mainOf = (variable, path) => resolve(process.env[variable] ?? join(REPO_ROOT, path));
const TRAINING_MAIN = mainOf('BENCH_TRAINING_MAIN', 'libs/model-training/dist/index.js');
const METRICS_MAIN = mainOf('BENCH_METRICS_MAIN', 'libs/model-metrics/dist/index.js');
const FEATURES_MAIN = mainOf('BENCH_FEATURES_MAIN', 'libs/features/dist/index.js');
const SEED = 20010101;

const { values: args } = parseArgs({
  options: {
    splits: { type: 'string' },
    mode: { type: 'string', default: 'throughput' },
    epochs: { type: 'string', default: '3' },
    batch: { type: 'string', default: '512' },
    'predict-batch': { type: 'string', default: '4096' },
    'default-batch-rows': { type: 'string', default: '20000' },
    config: { type: 'string' },
    predictions: { type: 'string' },
  },
});

/** A failure the bench can explain; printed without a stack trace. */
class BenchError extends Error {}
const progress = (message) => process.stderr.write(`[loopline] ${message}\n`);
const round = (value, digits = 4) => Number(value.toFixed(digits));

async function load(main, what, names) {
  if (!existsSync(main))
    throw new BenchError(`${main} is missing; build: npx tsc -b tsconfig.json`);
  const module = await import(pathToFileURL(main).href);
  // The libraries are CommonJS: named exports when detected, else default.
  const library = module[names[0]] ? module : (module.default ?? {});
  const missing = names.filter((name) => typeof library[name] !== 'function');
  if (missing.length > 0) throw new BenchError(`${what} does not export ${missing.join(', ')}`);
  return library;
}

async function readData(features, training) {
  const summary = JSON.parse(readFileSync(join(args.splits, 'materialized.json'), 'utf8'));
  const matrix = async (name) =>
    training.splitMatrixFromFeatureSet(
      await features.readFeatureSetSplit(join(args.splits, summary.splits[name].file)),
    );
  const [train, validation, test] = await Promise.all(['train', 'validation', 'test'].map(matrix));
  return {
    train,
    validation,
    test,
    featureNames: summary.featureNames,
    classLabels: ['0', '1'],
  };
}

/** The throughput run's network: the same as the peers', as a normalized configuration. */
function throughputConfig(training) {
  const layer = { units: 64, activation: 'relu', dropout: 0, batchNorm: false, l2: 0 };
  const config = {
    format: 'loopline.training-config/v1',
    modelName: 'bench-throughput-mlp',
    description: 'The training benchmark: 64-64-1 relu MLP, adam, fixed epochs.',
    task: 'binary_classification',
    featureView: { name: 'flights-delay', version: null },
    autoTrain: false,
    model: { hiddenLayers: [layer, { ...layer }] },
    optimizer: { name: 'adam', learningRate: 0.001, momentum: 0, schedule: { kind: 'constant' } },
    training: {
      epochs: Number(args.epochs),
      batchSize: Number(args.batch),
      earlyStopping: null,
      classWeights: { kind: 'none' },
    },
    seed: SEED,
  };
  return typeof training.parseTrainingConfig === 'function'
    ? training.parseTrainingConfig(config)
    : config;
}

async function train(training, config, data) {
  progress(
    `training ${config.modelName}: ${data.train.rows} rows × ${data.train.width}, ` +
      `${config.training.epochs} epoch(s), batch ${config.training.batchSize}`,
  );
  const t0 = performance.now();
  const result = await training.trainModel({
    config,
    data,
    onEpoch: (e) =>
      progress(
        `epoch ${e.epoch}/${e.totalEpochs}: ${Math.round(e.samplesPerSecond)} samples/s, ` +
          Object.entries(e.metrics)
            .map(([k, v]) => `${k} ${v.toFixed(4)}`)
            .join(', '),
      ),
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  return {
    result,
    figures: {
      backend: result.backend,
      frameworkVersion: result.frameworkVersion,
      epochs: result.epochs.length,
      samplesPerSecond: result.samplesPerSecond,
      epochSamplesPerSecond: result.epochs.map((e) => Math.round(e.samplesPerSecond)),
      epochSeconds: result.epochs.map((e) => round(e.durationMs / 1000, 3)),
      // The whole trainModel call: model build, epochs, validation, predictions on every split.
      wallSeconds: round(wallSeconds),
      wallSamplesPerSecond: (data.train.rows * result.epochs.length) / wallSeconds,
      // Training time as the engine counts it (its epochs without their validation scoring).
      seconds: round((data.train.rows * result.epochs.length) / result.samplesPerSecond),
      durationMs: result.durationMs,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      parameterCount: result.parameterCount,
    },
  };
}

/** The trained model back from the files trainModel returns, with the library's tfjs instance. */
async function loadModel(training, files) {
  // The library's own tfjs module, so the model runs on the backend the engine selected.
  const tf = createRequire(TRAINING_MAIN)('@tensorflow/tfjs');
  if (typeof training.loadModel === 'function')
    return { tf, model: await training.loadModel(files) };
  const json = JSON.parse(files.modelJson);
  const { buffer, byteOffset, byteLength } = files.weights;
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData: buffer.slice(byteOffset, byteOffset + byteLength),
    }),
  );
  return { tf, model };
}

/** Scores the first `rows` rows with the engine's predictRows in batches of `batch`, timed. */
function predictWithEngine(training, tf, model, matrix, batch, rows = matrix.rows) {
  if (typeof training.predictRows !== 'function')
    return predictInBatches(tf, model, matrix, batch, rows);
  const t0 = performance.now();
  const scores = training.predictRows(
    model,
    matrix.features.subarray(0, rows * matrix.width),
    rows,
    matrix.width,
    batch,
  );
  const seconds = (performance.now() - t0) / 1000;
  return { scores, seconds, rowsPerSecond: rows / seconds, by: 'predictRows' };
}

/**
 * Scores the first `rows` rows by model.predict over slices of `batch` rows, each slice left to
 * tfjs's own batching (its default batch size is 32), timed.
 */
function predictInBatches(tf, model, matrix, batch, rows = matrix.rows) {
  const { width, features } = matrix;
  const scores = new Float32Array(rows);
  const t0 = performance.now();
  for (let start = 0; start < rows; start += batch) {
    const end = Math.min(rows, start + batch);
    const out = tf.tidy(() => {
      const x = tf.tensor2d(features.subarray(start * width, end * width), [end - start, width]);
      return model.predict(x);
    });
    scores.set(out.dataSync(), start);
    out.dispose();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { scores, seconds, rowsPerSecond: rows / seconds, by: 'model.predict' };
}

function checksum(matrix) {
  const hash = createHash('sha256');
  const bytes = (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return hash.update(bytes(matrix.features)).update(bytes(matrix.labels)).digest('hex');
}

async function aucByLibrary(labels, scores) {
  if (!existsSync(METRICS_MAIN)) return { error: `${METRICS_MAIN} is missing` };
  try {
    const metrics = await load(METRICS_MAIN, '@loopline/model-metrics', [
      'binaryClassificationMetrics',
    ]);
    return { rocAuc: metrics.binaryClassificationMetrics(labels, scores).metrics.roc_auc };
  } catch (error) {
    return { error: error.message };
  }
}

async function main() {
  if (!args.splits) throw new BenchError('--splits DIR is required');
  const features = await load(FEATURES_MAIN, '@loopline/features', ['readFeatureSetSplit']);
  const needs =
    args.mode === 'checksums'
      ? ['splitMatrixFromFeatureSet']
      : ['trainModel', 'splitMatrixFromFeatureSet'];
  const training = await load(TRAINING_MAIN, '@loopline/model-training', needs);
  const data = await readData(features, training);
  const line = {
    tool: args.mode === 'quality' ? 'loopline-quality' : 'loopline',
    status: 'trained',
    trainRows: data.train.rows,
    // Other work on the machine skews every figure; the 1-minute load average at the start shows it.
    loadAverage: round(loadavg()[0], 2),
  };

  if (args.mode === 'checksums') {
    const splits = Object.fromEntries(
      ['train', 'validation', 'test'].map((n) => [
        n,
        { checksum: checksum(data[n]), rows: data[n].rows },
      ]),
    );
    process.stdout.write(`${JSON.stringify({ tool: 'node-reader', status: 'read', splits })}\n`);
    return;
  }
  if (args.mode === 'throughput') {
    const { result, figures } = await train(training, throughputConfig(training), data);
    Object.assign(line, figures, { testRows: data.test.rows });
    const { tf, model } = await loadModel(training, result.model);
    const batch = Number(args['predict-batch']);
    predictWithEngine(training, tf, model, data.test, batch, Math.min(batch * 2, data.test.rows)); // warm-up
    const batched = predictWithEngine(training, tf, model, data.test, batch);
    const subset = Math.min(Number(args['default-batch-rows']), data.test.rows);
    // One predict call over the subset: tfjs slices it into its default batches of 32 rows.
    const small = predictInBatches(tf, model, data.test, subset, subset);
    Object.assign(line, {
      predictBatch: batch,
      predictBy: batched.by,
      inferSeconds: round(batched.seconds),
      inferRowsPerSecond: batched.rowsPerSecond,
      defaultBatchRows: subset,
      defaultBatchRowsPerSecond: small.rowsPerSecond,
      // The engine's own test predictions against a reload of its saved model.
      savedModelMatches: maxDifference(result.predictions.test, batched.scores) < 1e-5,
      defaultBatchMatches: maxDifference(batched.scores.subarray(0, subset), small.scores) < 1e-5,
      testRocAuc: (await aucByLibrary(data.test.labels, batched.scores)).rocAuc ?? null,
    });
  } else if (args.mode === 'quality') {
    if (!args.config || !args.predictions)
      throw new BenchError('quality needs --config and --predictions');
    if (typeof training.parseTrainingConfig !== 'function') {
      throw new BenchError('@loopline/model-training does not export parseTrainingConfig');
    }
    const config = training.parseTrainingConfig(JSON.parse(readFileSync(args.config, 'utf8')));
    const { result, figures } = await train(training, config, data);
    const test = result.predictions.test;
    writeFileSync(args.predictions, Buffer.from(test.buffer, test.byteOffset, test.byteLength));
    const auc = await aucByLibrary(data.test.labels, test);
    Object.assign(line, figures, {
      model: config.modelName,
      configEpochs: config.training.epochs,
      valRocAuc: result.epochs.map((e) => round(e.metrics.val_roc_auc ?? NaN)),
      testRocAuc: auc.rocAuc ?? null,
      metricsError: auc.error,
      predictions: args.predictions,
    });
  } else {
    throw new BenchError(`unknown --mode ${args.mode} (throughput, quality, checksums)`);
  }
  line.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function maxDifference(a, b) {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return a.length === b.length ? max : Infinity;
}

main().catch((error) => {
  const message = error instanceof BenchError ? error.message : (error.stack ?? String(error));
  process.stderr.write(`[loopline] ERROR: ${message}\n`);
  process.exitCode = 1;
});
