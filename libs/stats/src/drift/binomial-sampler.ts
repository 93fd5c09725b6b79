import { seededRandom } from '../random/seeded-random';

/** Below this mean the binomial is drawn exactly by inversion, above it by its normal limit. */
const INVERSION_MEAN = 30;

/**
 * Seeded binomial and multinomial draws, cheap enough for thousands of bootstrap samples of a
 * million rows: inversion (walking the probability mass function) costs about n·p steps, so it
 * serves small means; larger ones take the normal approximation, whose error at n·p ≥ 30 is far
 * below the bootstrap's own sampling error.
 */
export class BinomialSampler {
  private readonly uniform: () => number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    this.uniform = seededRandom(seed);
  }

  /** A standard normal deviate (Box–Muller, both halves used). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Successes in n trials of probability p. */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const mean = n * p;
    if (mean >= INVERSION_MEAN) {
      const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
      return Math.min(n, Math.max(0, draw));
    }
    const u = this.uniform();
    const ratio = p / (1 - p);
    let probability = Math.exp(n * Math.log1p(-p));
    let cumulative = probability;
    let k = 0;
    // Rounding can leave the sum a hair under u near 1; stop once the terms vanish.
    while (u > cumulative && k < n && probability > 0) {
      probability *= (ratio * (n - k)) / (k + 1);
      k++;
      cumulative += probability;
    }
    return k;
  }

  /**
   * n draws over the given probabilities (summing to 1) into `out`, as a chain of binomials:
   * each bin takes its share of what the bins before it left.
   */
  multinomial(n: number, probabilities: Float64Array, out: Float64Array): void {
    let remaining = n;
    let mass = 1;
    const last = probabilities.length - 1;
    for (let bin = 0; bin < last; bin++) {
      const p = probabilities[bin];
      const drawn = remaining > 0 && mass > 0 ? this.binomial(remaining, Math.min(1, p / mass)) : 0;
      out[bin] = drawn;
      remaining -= drawn;
      mass -= p;
    }
    out[last] = remaining;
  }
}
