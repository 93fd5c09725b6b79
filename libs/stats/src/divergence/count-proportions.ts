import { invalidDistribution } from '../errors/invalid-distribution';

/**
 * Turns two aligned count vectors (same bins or categories, same order) into proportions.
 * Throws `STATS.INVALID_DISTRIBUTION` when they cannot be compared, because a silently
 * misaligned or empty vector would yield a plausible-looking but meaningless score.
 */
export function alignedProportions(
  first: readonly number[],
  second: readonly number[],
): [number[], number[]] {
  if (first.length !== second.length || first.length === 0) {
    throw invalidDistribution(
      `Count vectors must be aligned and non-empty, got lengths ${first.length} and ${second.length}; ` +
        'rebin both onto the same edges (commonEdges, rebinHistogram) or the same categories first.',
    );
  }
  return [proportions(first, 'first'), proportions(second, 'second')];
}

function proportions(counts: readonly number[], which: string): number[] {
  let total = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw invalidDistribution(
        `The ${which} count vector holds ${count}; counts must be finite and not negative.`,
      );
    }
    total += count;
  }
  if (total === 0) {
    throw invalidDistribution(
      `The ${which} count vector sums to 0; a distribution needs at least one observation.`,
    );
  }
  return counts.map((count) => count / total);
}
