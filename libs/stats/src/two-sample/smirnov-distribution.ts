import { binomialProbability } from './saddle-point-binomial';

/** Below this exp() underflows (scipy's MINLOG). */
const MIN_LOG = -708.3964185322641;
/** Beyond this n scipy stops summing and uses the closed-form approximation below. */
const MAX_SUMMED_N = 1_000_000;

/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D⁺ₙ, P(D⁺ₙ > x), as
 * scipy.special.smirnov(n, x) computes it: the Birnbaum–Tingey sum
 *   x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v),
 * whose terms are all positive (no cancellation), each formed in saddle-point form.
 * Meant for n·x > 1, where the sum is the method.
 */
export function smirnovSurvival(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (n === 1) return 1 - x;
  const nx = n * x;
  if (nx <= 1) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nx >= n - 1) return Math.pow(1 - x, n);
  if (n > MAX_SUMMED_N) {
    // p ≈ exp(−(6nx + 1)² / 18n), the approximation scipy switches to for very large n.
    const logP = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP);
  }
  // v runs while 1 − x − v/n > 0; a term with that base exactly 0 is itself 0.
  const last = Math.ceil(n - nx) - 1;
  let sum = Math.exp(n * Math.log1p(-x));
  for (let v = 1; v <= last; v++) {
    const np = nx + v;
    const nq = n - v - nx;
    // x · C(n, v) p^(v−1) q^(n−v) = (n·x / n·p) · C(n, v) pᵛ qⁿ⁻ᵛ with p = x + v/n.
    const term = (nx / np) * binomialProbability(n, v, np, nq, -nx, nx);
    sum += term;
    // The terms rise to a peak and then fall; stop once what is left cannot reach the last bit.
    if (4 * (last + 1 - v) * term < Number.EPSILON * sum && v !== last) break;
  }
  return Math.min(1, sum);
}
