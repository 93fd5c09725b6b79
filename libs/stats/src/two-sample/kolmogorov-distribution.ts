import { kolmogorovCdfDurbin } from './durbin-matrix';
import { kolmogorovCdfPelzGood } from './pelz-good';
import { kolmogorovCdfPomeranz } from './pomeranz-recursion';
import { smirnovSurvival } from './smirnov-distribution';

/** Up to this n the exact recursions are cheap enough everywhere (Simard & L'Ecuyer). */
const SMALL_N = 140;
/** Beyond this n the Durbin matrix is too slow even in the body of the distribution. */
const DURBIN_MAX_N = 100_000;

/**
 * Survival function of the two-sided one-sample Kolmogorov statistic, P(Dₙ > d) for a whole
 * n ≥ 1, as scipy.stats.kstwo.sf(d, n) computes it: Simard & L'Ecuyer's (2011) choice of method
 * by region of (n, n·d²), with the same cut-offs so the two agree to rounding. In the upper tail
 * (n·d² large) it is twice the one-sided Smirnov survival function, exact there to double
 * precision; in the body it is one minus an exact or asymptotic CDF.
 */
export function kolmogorovSurvival(d: number, n: number): number {
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 0.5) return 1;
  if (t <= 1) {
    // Ruben–Gambino: P(Dₙ ≤ d) = n!/nⁿ (2t − 1)ⁿ. Past n = 140 that is below 1e-59, so the
    // survival function is 1 to double precision.
    if (n > SMALL_N) return 1;
    let cdf = 1;
    for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - d, n));
  if (d >= 0.5) return clip(2 * smirnovSurvival(n, d));

  const ndSquared = t * d;
  if (n <= SMALL_N) {
    if (ndSquared <= 0.754693) return clip(1 - kolmogorovCdfDurbin(n, d));
    if (ndSquared <= 4) return clip(1 - kolmogorovCdfPomeranz(n, d));
    return clip(2 * smirnovSurvival(n, d));
  }
  if (ndSquared >= 370) return 0;
  if (ndSquared >= 2.2) return clip(2 * smirnovSurvival(n, d));
  if (n <= DURBIN_MAX_N && n * Math.pow(d, 1.5) <= 1.4) return clip(1 - kolmogorovCdfDurbin(n, d));
  return clip(1 - kolmogorovCdfPelzGood(n, d));
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
