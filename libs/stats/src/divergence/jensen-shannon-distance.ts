import { alignedProportions } from './count-proportions';

/**
 * Jensen–Shannon distance between two count vectors over the same bins or categories: the
 * square root of the Jensen–Shannon divergence in bits (base-2 logarithm), so it lies in [0, 1]
 * (0: same distribution, 1: disjoint supports) and is a metric. Unlike PSI it needs no
 * smoothing: the mixture is positive wherever either side is.
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  const [pp, qq] = alignedProportions(p, q);
  let divergence = 0;
  for (let i = 0; i < pp.length; i++) {
    const m = (pp[i] + qq[i]) / 2;
    if (pp[i] > 0) divergence += (pp[i] / 2) * Math.log2(pp[i] / m);
    if (qq[i] > 0) divergence += (qq[i] / 2) * Math.log2(qq[i] / m);
  }
  // Rounding can leave the sum a hair outside [0, 1]; the square root must not become NaN.
  return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}
