import { invalidDistribution } from '../errors/invalid-distribution';

/**
 * A sorted Float64Array copy of one sample. Throws `STATS.INVALID_DISTRIBUTION` for an empty
 * sample or a NaN: NaN has no place in an order, and a sort would strand it at the end where it
 * silently shifts every empirical CDF.
 */
export function sortedSample(values: ArrayLike<number>, which: string): Float64Array {
  if (values.length === 0) {
    throw invalidDistribution(
      `The ${which} sample is empty; a two-sample test needs at least one value on each side.`,
    );
  }
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) {
      throw invalidDistribution(
        `The ${which} sample holds NaN at index ${i}; drop or impute missing values first.`,
      );
    }
  }
  return sorted.sort();
}
