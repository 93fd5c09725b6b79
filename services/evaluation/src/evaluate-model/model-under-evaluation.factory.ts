import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { type RawBatch, selectRows } from '@loopline/features';
import type { LatencyMeasurement, ModelUnderEvaluation } from '@loopline/model-evaluation';
import { ScoringModel } from '@loopline/model-training';
import type { LocalModelFiles } from './model-files';

/** Single-row predictions timed before measuring: the first ones pay for kernel set-up. */
const WARM_UP_PREDICTIONS = 20;

/** Loads a stored model for the gate: scoring raw rows through its own transform. */
export async function loadModelUnderEvaluation(
  files: LocalModelFiles,
  testRows: RawBatch,
): Promise<ModelUnderEvaluation> {
  const model = await ScoringModel.load({
    modelJson: await readFile(files.modelJson, 'utf8'),
    weights: new Uint8Array(await readFile(files.weights)),
    transformSpec: JSON.parse(await readFile(files.transformSpec, 'utf8')) as unknown,
    signature: files.signature,
  });
  return {
    classLabels: files.signature.classLabels ?? [],
    artifactSizeBytes: files.sizeBytes,
    score: async (batch) => model.score(batch),
    measureLatency: async (samples) => measureSingleRowLatency(model, testRows, samples),
  };
}

/**
 * A model that could not be loaded still takes part: every use rejects with the load error, so
 * the check that needed it fails with the reason instead of the whole evaluation failing.
 */
export function unloadableModel(
  error: unknown,
  classLabels: readonly string[],
): ModelUnderEvaluation {
  const rejected = () => Promise.reject(error instanceof Error ? error : new Error(String(error)));
  return { classLabels, artifactSizeBytes: 0, score: rejected, measureLatency: rejected };
}

/**
 * The serving path for one request: a single test row through the transform and the network,
 * cycling through the test rows so the timing does not flatter one input.
 */
function measureSingleRowLatency(
  model: ScoringModel,
  rows: RawBatch,
  samples: number,
): LatencyMeasurement {
  const rowAt = (i: number) => selectRows(rows, Uint32Array.of(i % rows.rowCount));
  for (let i = 0; i < WARM_UP_PREDICTIONS; i++) model.score(rowAt(i));
  const timings = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const row = rowAt(i);
    const started = performance.now();
    model.score(row);
    timings[i] = performance.now() - started;
  }
  timings.sort();
  const at = (q: number) => timings[Math.min(samples - 1, Math.ceil(q * samples) - 1)];
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), samples };
}
