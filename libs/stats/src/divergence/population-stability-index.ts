import { alignedProportions } from './count-proportions';

/**
 * Smoothing added to every bin's proportion before PSI is taken. Small enough to leave
 * populated bins alone, large enough that one bin emptied on one side reads as a big shift
 * (about 0.7 for a bin holding 10 % on the other side) instead of infinity.
 */
export const DEFAULT_PSI_EPSILON = 1e-4;

/**
 * Population stability index of `actual` against `expected`, two count vectors over the same
 * bins: Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ) over proportions, natural log. By convention below 0.1 is
 * stable, 0.1–0.25 a moderate shift, above 0.25 a major one.
 *
 * Smoothing: a bin empty on one side would make the term infinite, so every proportion gets
 * `epsilon` added and each side is renormalised, pᵢ' = (pᵢ + ε) / (1 + kε) for k bins. Both sides
 * stay distributions, a bin empty on both sides contributes exactly 0, and `epsilon = 0` gives
 * the unsmoothed index (infinite when a bin is empty on one side only).
 */
export function populationStabilityIndex(
  expected: readonly number[],
  actual: readonly number[],
  epsilon: number = DEFAULT_PSI_EPSILON,
): number {
  const [e, a] = alignedProportions(expected, actual);
  const scale = 1 + e.length * epsilon;
  let index = 0;
  for (let i = 0; i < e.length; i++) {
    const ei = (e[i] + epsilon) / scale;
    const ai = (a[i] + epsilon) / scale;
    if (ei === ai) continue;
    index += (ai - ei) * Math.log(ai / ei);
  }
  return index;
}
