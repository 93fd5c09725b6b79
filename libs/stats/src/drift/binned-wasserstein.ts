/** One side of a binned comparison: counts per bin, the extremes, the outer bins' sums. */
export interface BinnedSample {
  counts: readonly number[];
  min: number;
  max: number;
  /** Sums of the values in the first and the last bin, when known. */
  tailSums?: readonly [number, number];
}

/**
 * Wasserstein-1 distance (area between the CDFs) of two samples counted into the same bins
 * (cut points `cuts`, as in NumericColumnReference), taking each side's values as uniform
 * within a bin, each bin narrowed to that side's observed range. The outer bins reach to the
 * extremes, so for a heavy tail a uniform spread out to the minimum or maximum would put the
 * tail's mass far from its values (and a sample's extremes are its noisiest figures): when the
 * tail's sum is known, the outer bin spans the interval from its cut that has the tail's mean
 * as its middle (still within the extremes). Exact for the piecewise-linear CDFs this gives.
 */
export function binnedWasserstein(
  cuts: readonly number[],
  a: BinnedSample,
  b: BinnedSample,
): number {
  const knotsA = cdfKnots(cuts, a);
  const knotsB = cdfKnots(cuts, b);
  const xs = [...new Set([...knotsA.x, ...knotsB.x])].sort((p, q) => p - q);
  const sideA = new PiecewiseCdf(knotsA);
  const sideB = new PiecewiseCdf(knotsB);
  let area = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const [from, to] = [xs[i], xs[i + 1]];
    const [a0, a1] = sideA.across(from, to);
    const [b0, b1] = sideB.across(from, to);
    area += absoluteLinearArea(a0 - b0, a1 - b1, to - from);
  }
  return area;
}

interface Knots {
  x: number[];
  f: number[];
}

/** Corners of the CDF: (bin start, F before it), (bin end, F after it) for every filled bin. */
function cdfKnots(cuts: readonly number[], side: BinnedSample): Knots {
  const total = side.counts.reduce((sum, count) => sum + count, 0);
  const knots: Knots = { x: [], f: [] };
  let cumulative = 0;
  side.counts.forEach((count, bin) => {
    if (count === 0) return;
    const [start, end] = binSpan(cuts, side, bin, count);
    knots.x.push(start);
    knots.f.push(cumulative / total);
    cumulative += count;
    knots.x.push(end);
    knots.f.push(cumulative / total);
  });
  return knots;
}

function binSpan(
  cuts: readonly number[],
  side: BinnedSample,
  bin: number,
  count: number,
): [number, number] {
  const last = cuts.length;
  let start = Math.max(bin === 0 ? -Infinity : cuts[bin - 1], side.min);
  let end = Math.min(bin === last ? Infinity : cuts[bin], side.max);
  // An outer bin holding values on both sides of nothing else: centre it on the tail's mean.
  if (side.tailSums !== undefined && last > 0) {
    if (bin === 0 && side.max >= cuts[0]) {
      const mean = side.tailSums[0] / count;
      start = Math.max(side.min, Math.min(end, 2 * mean - end));
    } else if (bin === last && side.min < cuts[last - 1]) {
      const mean = side.tailSums[1] / count;
      end = Math.min(side.max, Math.max(start, 2 * mean - start));
    }
  }
  return [start, Math.max(start, end)];
}

/** A CDF linear between knots, read over open intervals that hold no knot. */
class PiecewiseCdf {
  private knot = -1;

  constructor(private readonly knots: Knots) {}

  /** F just right of `from` and just left of `to`; calls must move left to right. */
  across(from: number, to: number): [number, number] {
    const { x, f } = this.knots;
    // The last knot at or left of `from` (after any jump there).
    while (this.knot + 1 < x.length && x[this.knot + 1] <= from) this.knot++;
    if (this.knot === -1) return [0, 0];
    if (this.knot === x.length - 1) return [1, 1];
    const [x0, x1, f0, f1] = [x[this.knot], x[this.knot + 1], f[this.knot], f[this.knot + 1]];
    const slope = (f1 - f0) / (x1 - x0);
    return [f0 + slope * (from - x0), f0 + slope * (to - x0)];
  }
}

/** ∫ |d(t)| over a segment of `width` where d runs linearly from d0 to d1. */
function absoluteLinearArea(d0: number, d1: number, width: number): number {
  if (d0 * d1 >= 0) return (width * (Math.abs(d0) + Math.abs(d1))) / 2;
  // The sign flips inside: two triangles meeting at the zero.
  return (width * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
}
