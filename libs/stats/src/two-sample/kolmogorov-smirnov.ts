import { invalidDistribution } from '../errors/invalid-distribution';
import { kolmogorovSurvival } from './kolmogorov-distribution';
import { sortedSample } from './sorted-sample';

export interface KsResult {
  /** Largest absolute gap between the two empirical CDFs, in [0, 1]. */
  statistic: number;
  /** Two-sided p-value: how often samples this size from one distribution differ this much. */
  pValue: number;
}

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp(a, b, method='asymp')
 * computes it. Throws `STATS.INVALID_DISTRIBUTION` for an empty sample or a NaN value.
 */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  const x = sortedSample(a, 'first');
  const y = sortedSample(b, 'second');
  const n = x.length;
  const m = y.length;
  let i = 0;
  let j = 0;
  let statistic = 0;
  // Step both CDFs past every copy of the next value before comparing, so ties count once.
  while (i < n && j < m) {
    const value = x[i] <= y[j] ? x[i] : y[j];
    while (i < n && x[i] === value) i++;
    while (j < m && y[j] === value) j++;
    const gap = Math.abs(i / n - j / m);
    if (gap > statistic) statistic = gap;
  }
  // Past the end of one sample its CDF is 1; the other side's remaining gaps only shrink.
  return { statistic, pValue: ksPValue(statistic, n, m) };
}

/**
 * The same test on two count vectors over the same ordered bins: the statistic is the largest
 * gap between the cumulative shares at bin boundaries, the sample sizes are the totals.
 */
export function ksFromCounts(countsA: ArrayLike<number>, countsB: ArrayLike<number>): KsResult {
  if (countsA.length !== countsB.length || countsA.length === 0) {
    throw invalidDistribution(
      `Count vectors must be aligned and non-empty, got lengths ${countsA.length} and ${countsB.length}; ` +
        'count both samples into the same bins first.',
    );
  }
  const n = checkedTotal(countsA, 'first');
  const m = checkedTotal(countsB, 'second');
  let cumulativeA = 0;
  let cumulativeB = 0;
  let statistic = 0;
  for (let k = 0; k < countsA.length; k++) {
    cumulativeA += countsA[k];
    cumulativeB += countsB[k];
    const gap = Math.abs(cumulativeA / n - cumulativeB / m);
    if (gap > statistic) statistic = gap;
  }
  return { statistic, pValue: ksPValue(statistic, n, m) };
}

/**
 * The p-value ks_2samp's 'asymp' mode reports for statistic `d` and sample sizes `n`, `m`: the
 * exact one-sample Kolmogorov distribution's survival function at `d` for the effective size
 * round(n·m / (n + m)) (half to even, as numpy rounds).
 */
export function ksPValue(statistic: number, n: number, m: number): number {
  if (!(n > 0) || !(m > 0) || Number.isNaN(statistic)) {
    throw invalidDistribution(
      `A KS p-value needs positive sample sizes and a statistic, got d=${statistic}, n=${n}, m=${m}.`,
    );
  }
  const larger = Math.max(n, m);
  const smaller = Math.min(n, m);
  const effective = roundHalfEven((larger * smaller) / (larger + smaller));
  // Two samples of one value each: numpy rounds 0.5 down to 0 and scipy answers NaN; no
  // evidence either way is a p-value of 1.
  if (effective < 1) return 1;
  return Math.min(1, Math.max(0, kolmogorovSurvival(statistic, effective)));
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

function checkedTotal(counts: ArrayLike<number>, which: string): number {
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const count = counts[k];
    if (!Number.isFinite(count) || count < 0) {
      throw invalidDistribution(
        `The ${which} count vector holds ${count} at bin ${k}; counts must be finite and not negative.`,
      );
    }
    total += count;
  }
  if (total === 0) {
    throw invalidDistribution(
      `The ${which} count vector sums to 0; a KS test needs at least one observation per side.`,
    );
  }
  return total;
}
