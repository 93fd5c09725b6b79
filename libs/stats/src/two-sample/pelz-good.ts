const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const MIN_LOG = -708;

/**
 * P(Dₙ ≤ d) by the Pelz–Good (1976) asymptotic expansion: the Li-Chien/Korolyuk series
 * K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5 at z = d√n, each term rewritten through Jacobi's
 * theta transform into sums that converge fast for small z. scipy uses it for large n in the
 * body of the distribution, where it is accurate to about 1e-10 in absolute terms; the same
 * terms are summed here so the two agree to rounding.
 */
export function kolmogorovCdfPelzGood(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const logQ = -PI2 / 8 / z2;
  if (logQ < MIN_LOG) return 0;
  let q = Math.exp(logQ);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;

  // Σ over odd m = 2k − 1 of q^(m²) · polynomial(m²), by Horner in q⁸ from the largest k down.
  const terms = Math.ceil((16 * z) / Math.PI);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = terms; k > 0; k--) {
    const m2 = (2 * k - 1) ** 2;
    const m4 = m2 * m2;
    const qPower = Math.pow(q, 8 * k);
    s0 = s0 * qPower + 1;
    s1 = s1 * qPower + (k1a + k1b * m2);
    s2 = s2 * qPower + (k2a + k2b * m2 + k2c * m4);
    s3 = s3 * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m4 * m2);
  }
  const common = q * SQRT_2PI;
  const k0 = (s0 * common) / z;
  let k1 = (s1 * common) / (6 * z4);
  let k2 = (s2 * common) / (72 * z4 * z3);
  let k3 = (s3 * common) / (6480 * z4 * z6);

  // The even-index theta sums that K₂ and K₃ also carry.
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = SQRT3 * z;
  let extra2 = 0;
  let extra3 = 0;
  for (let k = terms; k > 0; k--) {
    const k2sq = k * k;
    const weight = k2sq * Math.pow(q, k2sq);
    const kPi = Math.PI * k;
    extra2 += weight;
    extra3 += (sqrt3z + kPi) * (sqrt3z - kPi) * weight;
  }
  k2 += (extra2 * PI2 * SQRT_2PI) / (-36 * z3);
  k3 += (extra3 * PI2 * SQRT_2PI) / (216 * z6);

  k1 /= Math.sqrt(n);
  k2 /= n;
  k3 /= Math.pow(n, 1.5);
  return k0 + k1 + k2 + k3;
}
