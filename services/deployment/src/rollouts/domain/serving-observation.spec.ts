import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { seededRandom } from '@loopline/stats';
import {
  binaryOutputBin,
  emptyObservation,
  errorRate,
  LATENCY_BUCKET_BOUNDS_MS,
  latencyBucketIndex,
  latencyQuantileMs,
  mergeObservations,
  recordLatency,
} from './serving-observation';

/** Exact empirical quantile (the value at rank ceil(q·n)) of a sample. */
function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

describe('latency buckets', () => {
  it('span 0.1 ms to 10 s with neighbours at most ~10 % apart', () => {
    assert.equal(LATENCY_BUCKET_BOUNDS_MS[0], 0.1);
    assert.equal(LATENCY_BUCKET_BOUNDS_MS.at(-1), 10000);
    assert.equal(LATENCY_BUCKET_BOUNDS_MS.length, 121);
    for (let i = 1; i < LATENCY_BUCKET_BOUNDS_MS.length; i++) {
      const ratio = LATENCY_BUCKET_BOUNDS_MS[i] / LATENCY_BUCKET_BOUNDS_MS[i - 1];
      assert.ok(ratio > 1.09 && ratio < 1.11, `bound ${i}: ratio ${ratio}`);
    }
  });

  it('puts a latency in the first bucket whose bound holds it, beyond 10 s in +Inf', () => {
    assert.equal(latencyBucketIndex(0), 0);
    assert.equal(latencyBucketIndex(0.1), 0);
    assert.equal(latencyBucketIndex(0.1001), 1);
    assert.equal(latencyBucketIndex(10000), 120);
    assert.equal(latencyBucketIndex(25000), 121);
    assert.equal(emptyObservation(0).latencyBuckets.length, 122);
  });
});

describe('latencyQuantileMs', () => {
  it('estimates p50, p95 and p99 of a log-normal sample within 5 %', () => {
    const random = seededRandom(7);
    const observation = emptyObservation(0);
    const sample: number[] = [];
    for (let i = 0; i < 20000; i++) {
      // Box–Muller: median 8 ms with a long right tail (sigma 0.6 in log space).
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const ms = 8 * Math.exp(0.6 * normal);
      sample.push(ms);
      recordLatency(observation, ms);
    }
    sample.sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99]) {
      const estimate = latencyQuantileMs(observation, q) ?? NaN;
      const exact = exactQuantile(sample, q);
      assert.ok(Math.abs(estimate - exact) / exact < 0.05, `q=${q}: ${estimate} vs ${exact}`);
    }
  });

  it('interpolates inside the bucket and stays within its bounds', () => {
    const observation = emptyObservation(0);
    for (let i = 0; i < 100; i++) recordLatency(observation, 50);
    const bucket = latencyBucketIndex(50);
    const [lower, upper] = [LATENCY_BUCKET_BOUNDS_MS[bucket - 1], LATENCY_BUCKET_BOUNDS_MS[bucket]];
    const close = (actual: number | null, expected: number) =>
      assert.ok(Math.abs((actual ?? NaN) - expected) < 1e-9, `${actual} != ${expected}`);
    close(latencyQuantileMs(observation, 0.5), lower + (upper - lower) * 0.5);
    close(latencyQuantileMs(observation, 0.99), lower + (upper - lower) * 0.99);
    assert.ok(Math.abs((latencyQuantileMs(observation, 0.95) ?? 0) - 50) / 50 < 0.1);
  });

  it('is null without latencies and reads +Inf as the last bound', () => {
    assert.equal(latencyQuantileMs(emptyObservation(0), 0.95), null);
    const slow = emptyObservation(0);
    recordLatency(slow, 60000);
    assert.equal(latencyQuantileMs(slow, 0.99), 10000);
  });
});

describe('serving observations', () => {
  it('add up field by field', () => {
    const a = { ...emptyObservation(3), requests: 10, errors: 1, outputBins: [1, 2, 3] };
    const b = {
      ...emptyObservation(3),
      requests: 5,
      shadowCompared: 4,
      shadowAgreed: 3,
      labeled: 2,
      correct: 1,
      outputBins: [0, 5, 0],
    };
    recordLatency(a, 3);
    recordLatency(b, 3);
    const merged = mergeObservations(a, b);
    assert.deepEqual(
      [
        merged.requests,
        merged.errors,
        merged.shadowCompared,
        merged.shadowAgreed,
        merged.labeled,
        merged.correct,
      ],
      [15, 1, 4, 3, 2, 1],
    );
    assert.deepEqual(merged.outputBins, [1, 7, 3]);
    assert.equal(merged.latencyBuckets[latencyBucketIndex(3)], 2);
    assert.equal(a.requests, 10, 'the inputs are left alone');
  });

  it('refuse to merge observations with different output bins', () => {
    assert.throws(
      () => mergeObservations(emptyObservation(10), emptyObservation(3)),
      (error: unknown) =>
        error instanceof PlatformError && error.code === 'DEPLOYMENT.OBSERVATION_MISMATCH',
    );
  });

  it('give the error rate, null before any request', () => {
    assert.equal(errorRate(emptyObservation(0)), null);
    assert.equal(errorRate({ ...emptyObservation(0), requests: 200, errors: 5 }), 0.025);
  });

  it('bin a binary probability in tenths', () => {
    assert.deepEqual([0, 0.05, 0.1, 0.55, 0.999, 1].map(binaryOutputBin), [0, 0, 1, 5, 9, 9]);
  });
});
