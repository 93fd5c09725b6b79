import type { ProfileInput } from '../profile/profile-columns';
import { seededRandom } from '../random/seeded-random';

/** How a generated window differs from the reference's distribution. */
export interface DriftShift {
  /** Added to x, in its standard deviations. */
  xShift?: number;
  /** Shares of colour red, green, blue, black, white (default 0.4, 0.25, 0.2, 0.1, 0.05). */
  colourShares?: readonly number[];
}

export const X_MEAN = 10;
export const X_STD = 2;
const COLOURS = ['red', 'green', 'blue', 'black', 'white'];
const COLOUR_SHARES = [0.4, 0.25, 0.2, 0.1, 0.05];
const AIRPORTS = Array.from({ length: 300 }, (_, i) => `A${String(i).padStart(3, '0')}`);
// Zipf: the long tail beyond DRIFT_MAX_CATEGORIES and the rare categories the verdict merges.
const AIRPORT_CUMULATIVE = (() => {
  const weights = AIRPORTS.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let cumulative = 0;
  return Float64Array.from(weights, (weight) => (cumulative += weight / total));
})();
const QUARTER_START = Date.UTC(2024, 0, 1);
const QUARTER_MS = 91 * 86_400_000;

/**
 * Rows of one seeded distribution (or a shifted one): x normal (Float32), y log-normal with 2 %
 * missing (Float64), z in {0, 1, 2, 3}, colour (5 values), airport (Zipf over 300), t uniform
 * over a quarter (timestamp). Seven reference columns: x, y, z, colour, airport, t.hour,
 * t.weekday.
 */
export function driftRows(rows: number, seed: number, shift: DriftShift = {}): ProfileInput[] {
  const uniform = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const x = new Float32Array(rows);
  const y = new Float64Array(rows);
  const z = new Float32Array(rows);
  const colour = new Int32Array(rows);
  const airport = new Int32Array(rows);
  const t = new Float64Array(rows);
  const shares = shift.colourShares ?? COLOUR_SHARES;
  for (let i = 0; i < rows; i++) {
    x[i] = X_MEAN + X_STD * (normal() + (shift.xShift ?? 0));
    y[i] = uniform() < 0.02 ? Number.NaN : Math.exp(0.8 * normal());
    z[i] = Math.floor(uniform() * 4);
    colour[i] = pick(shares, uniform());
    airport[i] = firstAbove(AIRPORT_CUMULATIVE, uniform());
    t[i] = QUARTER_START + Math.floor(uniform() * QUARTER_MS);
  }
  return [
    { name: 'x', kind: 'numeric', values: x },
    { name: 'y', kind: 'numeric', values: y },
    { name: 'z', kind: 'numeric', values: z },
    { name: 'colour', kind: 'categorical', codes: colour, labels: COLOURS },
    { name: 'airport', kind: 'categorical', codes: airport, labels: AIRPORTS },
    { name: 't', kind: 'timestamp', values: t },
  ];
}

function pick(shares: readonly number[], u: number): number {
  let rest = u;
  for (let i = 0; i < shares.length - 1; i++) {
    if (rest < shares[i]) return i;
    rest -= shares[i];
  }
  return shares.length - 1;
}

function firstAbove(cumulative: Float64Array, u: number): number {
  let [low, high] = [0, cumulative.length - 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle] > u) high = middle;
    else low = middle + 1;
  }
  return low;
}
