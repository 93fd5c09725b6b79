import { DEFAULT_PSI_EPSILON } from '../divergence/population-stability-index';

/**
 * populationStabilityIndex over typed arrays with known totals, for the bootstrap's inner
 * loop: the same smoothing and formula, without validation or allocation.
 */
export function fastPsi(
  expected: Float64Array,
  expectedTotal: number,
  actual: Float64Array,
  actualTotal: number,
): number {
  const epsilon = DEFAULT_PSI_EPSILON;
  const scale = 1 + expected.length * epsilon;
  let index = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = (expected[i] / expectedTotal + epsilon) / scale;
    const a = (actual[i] / actualTotal + epsilon) / scale;
    if (e !== a) index += (a - e) * Math.log(a / e);
  }
  return index;
}
