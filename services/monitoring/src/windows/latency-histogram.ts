/**
 * Serving latencies of a window in bounded memory: bins of 10 % width on a log scale from 10 µs
 * to about 100 s, so quantiles are within 10 % of the exact value whatever the window's size.
 */
const LOWEST_MS = 0.01;
const GROWTH = 1.1;
export const LATENCY_BINS = Math.ceil(Math.log(1e7) / Math.log(GROWTH)) + 1;

export function emptyLatencyHistogram(): number[] {
  return new Array<number>(LATENCY_BINS).fill(0);
}

export function addLatencies(
  histogram: number[],
  latencies: ArrayLike<number>,
  from: number,
  to: number,
): void {
  for (let row = from; row < to; row++) {
    const ms = latencies[row];
    if (!(ms >= 0)) continue;
    const bin = ms <= LOWEST_MS ? 0 : Math.ceil(Math.log(ms / LOWEST_MS) / Math.log(GROWTH));
    histogram[Math.min(LATENCY_BINS - 1, bin)]++;
  }
}

/** The upper edge of the bin holding the q-quantile; null for an empty histogram. */
export function latencyQuantile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let bin = 0; bin < histogram.length; bin++) {
    seen += histogram[bin];
    if (seen >= rank && histogram[bin] > 0) return LOWEST_MS * GROWTH ** bin;
  }
  return LOWEST_MS * GROWTH ** (histogram.length - 1);
}
