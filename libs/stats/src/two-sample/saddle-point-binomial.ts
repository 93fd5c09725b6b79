/**
 * Binomial probabilities by Loader's saddle-point form ("Fast and accurate computation of
 * binomial probabilities", 2000): C(n, k) pᵏ qⁿ⁻ᵏ as exp of a small exponent built from Stirling
 * remainders and deviances. The direct form multiplies a binomial coefficient near 10^300000 by
 * a power near 10^-300000 for n = 10⁶, which leaves no digits; this one keeps about 14.
 */

// ln k! − ((k + ½) ln k − k + ½ ln 2π) for k = 1…15, where the asymptotic series is not yet exact.
const STIRLING_ERROR_TABLE = [
  0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
  0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
  0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
  0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];

const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;
const LOG_TWO_PI = Math.log(2 * Math.PI);

/** ln Γ(k + 1) − ln(√(2πk) (k/e)ᵏ) for a whole k ≥ 1 or any real k > 15. */
export function stirlingError(k: number): number {
  if (k <= 15) return STIRLING_ERROR_TABLE[k - 1];
  const k2 = k * k;
  // Fewer terms as k grows: each one is below 1e-17 of the first by then.
  if (k > 500) return (S0 - S1 / k2) / k;
  if (k > 80) return (S0 - (S1 - S2 / k2) / k2) / k;
  if (k > 35) return (S0 - (S1 - (S2 - S3 / k2) / k2) / k2) / k;
  return (S0 - (S1 - (S2 - (S3 - S4 / k2) / k2) / k2) / k2) / k;
}

/**
 * Deviance x ln(x / mean) + mean − x, given `difference` = x − mean computed without
 * cancellation by the caller. Near x = mean it is summed as a series in (x − mean)/(x + mean),
 * because the direct form subtracts two nearly equal numbers.
 */
export function deviance(x: number, mean: number, difference: number): number {
  const sum = x + mean;
  if (Math.abs(difference) >= 0.1 * sum) return x * Math.log(x / mean) - difference;
  const v = difference / sum;
  const v2 = v * v;
  let result = difference * v;
  let power = 2 * x * v;
  for (let j = 1; j < 1000; j++) {
    power *= v2;
    const next = result + power / (2 * j + 1);
    if (next === result) return next;
    result = next;
  }
  return result;
}

/**
 * C(n, k) pᵏ qⁿ⁻ᵏ for 0 < k < n, given n·p and n·q (p + q = 1) and their differences from k and
 * n − k (k − n·p and (n − k) − n·q), which the caller can form exactly.
 */
export function binomialProbability(
  n: number,
  k: number,
  np: number,
  nq: number,
  kMinusNp: number,
  restMinusNq: number,
): number {
  const exponent =
    stirlingError(n) -
    stirlingError(k) -
    stirlingError(n - k) -
    deviance(k, np, kMinusNp) -
    deviance(n - k, nq, restMinusNq);
  return Math.exp(exponent) * Math.sqrt(n / (k * (n - k))) * Math.exp(-0.5 * LOG_TWO_PI);
}
