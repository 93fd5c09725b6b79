import type { Histogram } from '../profile/data-profile';
import { invalidDistribution } from '../errors/invalid-distribution';

/**
 * `bins` fixed-width edges spanning both histograms' ranges, so two profiles binned over
 * different [min, max] can be rebinned onto one grid and compared bin by bin. When both ranges
 * are the same single point the grid is that point: one zero-width bin.
 */
export function commonEdges(a: Histogram, b: Histogram, bins: number): number[] {
  if (!Number.isInteger(bins) || bins < 1) {
    throw invalidDistribution(`Bins must be a positive integer, got ${bins}.`);
  }
  const lo = Math.min(a.edges[0], b.edges[0]);
  const hi = Math.max(a.edges[a.edges.length - 1], b.edges[b.edges.length - 1]);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw invalidDistribution('Histograms need finite edges to share a grid.');
  }
  if (lo === hi) return [lo, hi];
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins }, (_, i) => lo + i * width);
  // The last edge is set, not computed, so the grid ends exactly at the larger maximum.
  edges.push(hi);
  return edges;
}
