const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov statistic by Durbin's matrix method as
 * Marsaglia, Tsang and Wang (2003) arranged it: n!/nⁿ times the central element of Hⁿ for a
 * (2k − 1)-square matrix H, k = ⌈nd⌉. Powers are rescaled by exact powers of two as they grow,
 * so nothing overflows and no digits are lost to the scaling. Cost O(k³ log n).
 */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const size = 2 * k - 1;
  const centre = (k - 1) * size + (k - 1);

  let base = durbinMatrix(size, h);
  let baseExponent = 0;
  let power: Float64Array | null = null;
  let exponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = power === null ? base.slice() : multiply(power, base, size);
      exponent += baseExponent;
      if (Math.abs(power[centre]) > SCALE_UP) {
        scale(power, SCALE_DOWN);
        exponent += SCALE_EXPONENT;
      }
    }
    if (remaining === 1) break;
    base = multiply(base, base, size);
    baseExponent *= 2;
    if (Math.abs(base[centre]) > SCALE_UP) {
      scale(base, SCALE_DOWN);
      baseExponent += SCALE_EXPONENT;
    }
  }

  let p = power![centre];
  // Times n!/nⁿ, one factor i/n at a time, keeping p normal.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return p * 2 ** exponent;
}

/**
 * H[i][j] = 1/(i − j + 1)! on and below the superdiagonal, with the first column and last row
 * corrected for the fractional part h = k − nd, and the corner for both.
 */
function durbinMatrix(size: number, h: number): Float64Array {
  const reciprocalFactorial = new Float64Array(size + 1);
  reciprocalFactorial[0] = 1;
  for (let i = 1; i <= size; i++) reciprocalFactorial[i] = reciprocalFactorial[i - 1] / i;
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= Math.min(i + 1, size - 1); j++) {
      matrix[i * size + j] = reciprocalFactorial[i - j + 1];
    }
  }
  for (let i = 0; i < size; i++) {
    const edge = (1 - Math.pow(h, i + 1)) * reciprocalFactorial[i + 1];
    matrix[i * size] = edge;
    matrix[(size - 1) * size + (size - 1 - i)] = edge;
  }
  const corner = 1 - 2 * Math.pow(h, size) + Math.pow(Math.max(0, 2 * h - 1), size);
  matrix[(size - 1) * size] = corner * reciprocalFactorial[size];
  return matrix;
}

function multiply(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const product = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    const row = i * size;
    for (let k = 0; k < size; k++) {
      const aik = a[row + k];
      if (aik === 0) continue;
      const bRow = k * size;
      for (let j = 0; j < size; j++) product[row + j] += aik * b[bRow + j];
    }
  }
  return product;
}

function scale(matrix: Float64Array, factor: number): void {
  for (let i = 0; i < matrix.length; i++) matrix[i] *= factor;
}
