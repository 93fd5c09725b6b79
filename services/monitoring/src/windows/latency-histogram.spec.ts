import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addLatencies, emptyLatencyHistogram, latencyQuantile } from './latency-histogram';

describe('latency histogram', () => {
  it('gives quantiles within 10 % of the exact ones', () => {
    const latencies = Float64Array.from({ length: 10_000 }, (_, i) => 0.2 + (i % 1000) * 0.05);
    const histogram = emptyLatencyHistogram();
    addLatencies(histogram, latencies, 0, latencies.length);
    const sorted = [...latencies].sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = sorted[Math.ceil(q * sorted.length) - 1];
      const estimate = latencyQuantile(histogram, q)!;
      assert.ok(estimate >= exact && estimate <= exact * 1.1, `q${q}: ${estimate} vs ${exact}`);
    }
  });

  it('has no quantile when empty and ignores rows outside the range asked', () => {
    const histogram = emptyLatencyHistogram();
    assert.equal(latencyQuantile(histogram, 0.5), null);
    addLatencies(histogram, [5, 500], 1, 2);
    assert.ok(latencyQuantile(histogram, 0.5)! >= 500);
  });
});
