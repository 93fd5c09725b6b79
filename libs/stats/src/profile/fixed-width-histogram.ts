import { PROFILE_HISTOGRAM_BINS, type Histogram } from './data-profile';

/**
 * PROFILE_HISTOGRAM_BINS bins of equal width over [min, max] of the sorted present values:
 * edges min + i · width with the last one set to max, bins [lo, hi) with the last closed;
 * one zero-width bin for a constant column. The same edges and rule as the DuckDB profiler,
 * so histograms from either compare bin for bin.
 */
export function fixedWidthHistogram(sorted: Float64Array): Histogram {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return { edges: [min, max], counts: [sorted.length] };
  const width = (max - min) / PROFILE_HISTOGRAM_BINS;
  const edges = Array.from({ length: PROFILE_HISTOGRAM_BINS }, (_, i) => min + i * width);
  edges.push(max);
  const counts = new Array<number>(PROFILE_HISTOGRAM_BINS).fill(0);
  const last = PROFILE_HISTOGRAM_BINS - 1;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i];
    // Division guesses the bin; the edges decide it, since (value - min) / width can round
    // across an edge (1.2 over [1, 3] gives 1.9999999999999996, not 2).
    let bin = Math.min(last, Math.max(0, Math.floor((value - min) / width)));
    while (bin > 0 && value < edges[bin]) bin--;
    while (bin < last && value >= edges[bin + 1]) bin++;
    counts[bin]++;
  }
  return { edges, counts };
}
