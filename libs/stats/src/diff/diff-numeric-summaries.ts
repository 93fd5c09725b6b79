import { ErrorKind, PlatformError } from '@loopline/errors';
import { jensenShannonDistance } from '../divergence/jensen-shannon-distance';
import { populationStabilityIndex } from '../divergence/population-stability-index';
import { StatsErrorCode } from '../errors/stats-error-code';
import { commonEdges } from '../histogram/common-edges';
import { rebinHistogram } from '../histogram/rebin-histogram';
import { type NumericSummary, PROFILE_HISTOGRAM_BINS } from '../profile/data-profile';
import type { NumericDiff } from './profile-diff';
import { valueChange } from './value-change';

/**
 * Compares two numeric summaries. The histograms are rebinned onto edges spanning both ranges
 * so that a shifted range shows up as mass moving between bins, not as bins being relabelled.
 */
export function diffNumericSummaries(from: NumericSummary, to: NumericSummary): NumericDiff {
  const edges = commonEdges(from.histogram, to.histogram, PROFILE_HISTOGRAM_BINS);
  const before = rebinHistogram(from.histogram, edges).counts;
  const after = rebinHistogram(to.histogram, edges).counts;
  return {
    mean: valueChange(from.mean, to.mean),
    std: valueChange(from.std, to.std),
    min: valueChange(from.min, to.min),
    max: valueChange(from.max, to.max),
    median: valueChange(median(from), median(to)),
    histogram: { edges, from: before, to: after },
    psi: populationStabilityIndex(before, after),
    jensenShannon: jensenShannonDistance(before, after),
  };
}

function median(summary: NumericSummary): number {
  const middle = summary.quantiles.find((quantile) => quantile.q === 0.5);
  // Every parsed or computed profile reports the 0.5 level; a hand-built one may not.
  if (middle === undefined) {
    throw new PlatformError(
      StatsErrorCode.InvalidProfile,
      'A numeric summary without the 0.5 quantile cannot be compared; read profiles through parseDataProfile.',
      { kind: ErrorKind.InvalidInput },
    );
  }
  return middle.value;
}
