import { sortedSample } from './sorted-sample';

/**
 * First Wasserstein (earth mover's) distance between two 1-D samples, each value weighing the
 * same, as scipy.stats.wasserstein_distance(a, b): ∫ |F_a(t) − F_b(t)| dt over the empirical
 * CDFs, in the samples' units. Throws `STATS.INVALID_DISTRIBUTION` for an empty sample or NaN.
 */
export function wassersteinDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = sortedSample(a, 'first');
  const y = sortedSample(b, 'second');
  const n = x.length;
  const m = y.length;
  let i = 0;
  let j = 0;
  let distance = 0;
  let previous = Math.min(x[0], y[0]);
  // Between consecutive merged values both CDFs are flat, so the area is gap × width.
  while (i < n || j < m) {
    const value = j >= m || (i < n && x[i] <= y[j]) ? x[i] : y[j];
    distance += Math.abs(i / n - j / m) * (value - previous);
    previous = value;
    while (i < n && x[i] === value) i++;
    while (j < m && y[j] === value) j++;
  }
  return distance;
}
