import type { Histogram } from '../profile/data-profile';
import { invalidDistribution } from '../errors/invalid-distribution';

/**
 * Redistributes a histogram's counts onto other edges, assuming values spread uniformly within
 * each source bin: a target bin receives each source bin's count times the fraction of that
 * bin's width it overlaps. A zero-width source bin (a constant column) puts all its mass at its
 * point, in the target bin holding that point (bins half-open [lo, hi), the last one closed).
 * Mass outside the target edges is dropped, so the result sums to less than the input unless
 * the edges cover the source range (as `commonEdges` does). Counts come back fractional.
 */
export function rebinHistogram(histogram: Histogram, edges: readonly number[]): Histogram {
  checkEdges(histogram.edges, 'source');
  checkEdges(edges, 'target');
  if (histogram.counts.length !== histogram.edges.length - 1) {
    throw invalidDistribution(
      `A histogram needs one more edge than counts, got ${histogram.edges.length} edges and ` +
        `${histogram.counts.length} counts.`,
    );
  }
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < histogram.counts.length; i++) {
    const lo = histogram.edges[i];
    const hi = histogram.edges[i + 1];
    const count = histogram.counts[i];
    if (count === 0) continue;
    if (lo === hi) {
      const target = binOf(edges, lo);
      if (target !== -1) counts[target] += count;
      continue;
    }
    for (let j = 0; j < counts.length; j++) {
      const overlap = Math.min(hi, edges[j + 1]) - Math.max(lo, edges[j]);
      if (overlap > 0) counts[j] += (count * overlap) / (hi - lo);
    }
  }
  return { edges: [...edges], counts };
}

/** The bin holding `x`, or -1 outside the edges; bins are [lo, hi) but the last is closed. */
function binOf(edges: readonly number[], x: number): number {
  const last = edges.length - 2;
  if (x === edges[last + 1]) return last;
  for (let j = 0; j <= last; j++) if (x >= edges[j] && x < edges[j + 1]) return j;
  return -1;
}

function checkEdges(edges: readonly number[], which: string): void {
  const ordered = edges.every(
    (edge, i) => Number.isFinite(edge) && (i === 0 || edge >= edges[i - 1]),
  );
  if (edges.length < 2 || !ordered) {
    throw invalidDistribution(
      `The ${which} edges must be at least two finite numbers in ascending order, got [${edges.join(', ')}].`,
    );
  }
}
