import { invalidDistribution } from '../errors/invalid-distribution';
import { regularizedUpperGamma } from './incomplete-gamma';

export interface ChiSquareResult {
  /** Pearson's statistic Σ (observed − expected)² / expected over both rows. */
  statistic: number;
  /** Degrees of freedom: categories seen on either side, minus one. */
  dof: number;
  /** P(χ²_dof ≥ statistic). */
  pValue: number;
}

/**
 * Chi-square test of homogeneity on a 2 × k contingency table (two count vectors over the same
 * categories), as scipy.stats.chi2_contingency([countsA, countsB], correction=False) computes it
 * once categories empty on both sides are dropped. With one category left the table says
 * nothing: statistic 0, p-value 1.
 */
export function chiSquareContingency(
  countsA: ArrayLike<number>,
  countsB: ArrayLike<number>,
): ChiSquareResult {
  if (countsA.length !== countsB.length || countsA.length === 0) {
    throw invalidDistribution(
      `Count vectors must be aligned and non-empty, got lengths ${countsA.length} and ${countsB.length}; ` +
        'count both samples over the same categories first.',
    );
  }
  const totalA = checkedTotal(countsA, 'first');
  const totalB = checkedTotal(countsB, 'second');
  const total = totalA + totalB;
  let statistic = 0;
  let categories = 0;
  for (let k = 0; k < countsA.length; k++) {
    const column = countsA[k] + countsB[k];
    if (column === 0) continue;
    categories++;
    const expectedA = (totalA * column) / total;
    const expectedB = (totalB * column) / total;
    statistic +=
      (countsA[k] - expectedA) ** 2 / expectedA + (countsB[k] - expectedB) ** 2 / expectedB;
  }
  const dof = categories - 1;
  if (dof === 0) return { statistic: 0, dof, pValue: 1 };
  return { statistic, dof, pValue: chiSquareSurvival(statistic, dof) };
}

/**
 * P(χ²_dof > x), as scipy.stats.chi2.sf(x, dof): the regularized upper incomplete gamma
 * Q(dof / 2, x / 2), computed directly (not as 1 − P) so tail p-values keep their digits.
 */
export function chiSquareSurvival(x: number, dof: number): number {
  if (!(dof > 0) || Number.isNaN(x)) {
    throw invalidDistribution(
      `chiSquareSurvival needs a positive dof and a number, got x=${x}, dof=${dof}.`,
    );
  }
  if (x <= 0) return 1;
  return regularizedUpperGamma(dof / 2, x / 2);
}

function checkedTotal(counts: ArrayLike<number>, which: string): number {
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    const count = counts[k];
    if (!Number.isFinite(count) || count < 0) {
      throw invalidDistribution(
        `The ${which} count vector holds ${count} at category ${k}; counts must be finite and not negative.`,
      );
    }
    total += count;
  }
  if (total === 0) {
    throw invalidDistribution(
      `The ${which} count vector sums to 0; a chi-square test needs observations on both sides.`,
    );
  }
  return total;
}
