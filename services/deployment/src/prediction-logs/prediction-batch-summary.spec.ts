import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServedPrediction } from '../serving/served-prediction';
import { summarizeBatch } from './prediction-batch-summary';

const row = (i: number, outputs: number[], prediction: string | number): ServedPrediction => ({
  predictionId: `p${i}`,
  requestId: `r${i}`,
  requestTime: 5_000 - i,
  endpointName: 'e',
  modelName: 'm',
  modelVersion: 1,
  trainingRunId: 'run',
  role: 'champion',
  rolloutId: null,
  inputs: {},
  outputs,
  prediction,
  latencyMs: i + 1,
});

describe('summarizeBatch', () => {
  it('gives the window, mean score, positive rate and latency quantiles of a binary batch', () => {
    const rows = Array.from({ length: 20 }, (_, i) =>
      row(i, [i < 5 ? 0.9 : 0.1], i < 5 ? '1' : '0'),
    );
    const summary = summarizeBatch(rows, ['probability']);
    assert.equal(summary.windowStart, 4_981);
    assert.equal(summary.windowEnd, 5_000);
    assert.ok(Math.abs(summary.outputStats.mean_score - 0.3) < 1e-12);
    assert.equal(summary.outputStats.positive_rate, 0.25);
    assert.equal(summary.servingMetrics.p50_latency_ms, 10);
    assert.equal(summary.servingMetrics.p95_latency_ms, 19);
  });

  it('gives class shares for a multiclass batch and the mean for a regressor', () => {
    const classes = summarizeBatch(
      [row(0, [0.7, 0.3], 'sun'), row(1, [0.2, 0.8], 'rain'), row(2, [0.6, 0.4], 'sun')],
      ['probability:sun', 'probability:rain'],
    );
    assert.ok(Math.abs(classes.outputStats['share:sun'] - 2 / 3) < 1e-12);
    assert.ok(Math.abs(classes.outputStats['mean_probability:rain'] - 0.5) < 1e-12);
    const values = summarizeBatch([row(0, [2], 2), row(1, [4], 4)], ['prediction']);
    assert.deepEqual(values.outputStats, {
      mean_prediction: 3,
      min_prediction: 2,
      max_prediction: 4,
    });
  });
});
