const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov statistic by Pomeranz's recursion
 * (Pomeranz 1974; Simard & L'Ecuyer 2011). With n uniform points on [0, n] and t = nd,
 * Dₙ ≤ d means the count N(s) of points below s stays within s − t < N(s) < s + t. Those bounds
 * only move where s ± t crosses a whole number, at fractional parts g = min(f, 1 − f) and 1 − g
 * (f the fractional part of t), so the count is tracked at the 2n + 2 points
 * 0, g, 1 − g, 1 + g, 2 − g, …, n − g, n; between two of them the number of new points is
 * Poisson-like, wᵐ/m! for an interval of length w·n. Cost O(n·t²): for small n.
 */
export function kolmogorovCdfPomeranz(n: number, d: number): number {
  const t = n * d;
  const whole = Math.floor(t);
  const f = t - whole;
  const g = Math.min(f, 1 - f);
  // Past one half, the even intervals (k − 1 + g, k − g) sit on the other side of s ± t.
  const past = f > 0.5 ? 1 : 0;
  const width = 2 * (whole + 1);
  const edge = poissonWeights(g / n, width);
  const odd = poissonWeights((2 * g) / n, width);
  const even = poissonWeights((1 - 2 * g) / n, width);

  // Point r (r = 0…2n+1) may hold counts low(r)…high(r).
  const lastPoint = 2 * n + 1;
  const high = (r: number) =>
    r === 0 ? 0 : Math.min(n, r % 2 === 0 ? r / 2 - 1 + whole + past : (r - 1) / 2 + whole);
  const lowerBound = (r: number) => (r % 2 === 0 ? r / 2 - whole - past : (r - 1) / 2 - whole);
  const low = (r: number) => (r === lastPoint ? n : Math.max(0, lowerBound(r + 1)));

  let previous = new Float64Array(n + 1);
  let current = new Float64Array(n + 1);
  previous[0] = 1;
  let exponent = 0;
  for (let r = 1; r <= lastPoint; r++) {
    const weights = r === 1 || r === lastPoint ? edge : r % 2 === 1 ? odd : even;
    const fromLow = low(r - 1);
    const fromHigh = high(r - 1);
    const toLow = low(r);
    const toHigh = high(r);
    current.fill(0);
    let largest = 0;
    for (let j = toLow; j <= toHigh; j++) {
      let sum = 0;
      for (let k = fromLow; k <= Math.min(j, fromHigh); k++) sum += previous[k] * weights[j - k];
      current[j] = sum;
      if (sum > largest) largest = sum;
    }
    if (largest > 0 && largest < SCALE_DOWN) {
      for (let j = toLow; j <= toHigh; j++) current[j] *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
    [previous, current] = [current, previous];
  }

  // The Poisson weights dropped the multinomial's n!.
  let p = previous[n];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(p) > SCALE_UP) {
      p *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    p *= m;
  }
  return p * 2 ** exponent;
}

/** wᵐ/m! for m = 0…count−1. */
function poissonWeights(w: number, count: number): Float64Array {
  const weights = new Float64Array(count);
  weights[0] = 1;
  for (let m = 1; m < count; m++) weights[m] = (weights[m - 1] * w) / m;
  return weights;
}
