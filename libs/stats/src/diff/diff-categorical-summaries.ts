import { jensenShannonDistance } from '../divergence/jensen-shannon-distance';
import type { CategoricalSummary } from '../profile/data-profile';
import type { CategoricalDiff, CategoryShareChange } from './profile-diff';
import { valueChange } from './value-change';

/** Compares two categorical summaries, value by value over the union of their top k. */
export function diffCategoricalSummaries(
  from: CategoricalSummary,
  to: CategoricalSummary,
): CategoricalDiff {
  const before = new Map(from.topK.map((entry) => [entry.value, entry.count]));
  const after = new Map(to.topK.map((entry) => [entry.value, entry.count]));
  const values = [
    ...to.topK.map((entry) => entry.value),
    ...from.topK.map((entry) => entry.value).filter((value) => !after.has(value)),
  ];
  const fromTotal = total(from);
  const toTotal = total(to);
  const shares = values.map((value): CategoryShareChange => {
    const share = {
      from: shareOf(before.get(value), from, fromTotal),
      to: shareOf(after.get(value), to, toTotal),
    };
    const change = share.from === null || share.to === null ? null : share.to - share.from;
    return { value, ...share, change };
  });
  return {
    shares,
    newInTopK: to.topK.map((entry) => entry.value).filter((value) => !before.has(value)),
    goneFromTopK: from.topK.map((entry) => entry.value).filter((value) => !after.has(value)),
    otherShare: valueChange(from.otherCount / fromTotal, to.otherCount / toTotal),
    jensenShannon: jensenShannonDistance(
      [...values.map((value) => before.get(value) ?? 0), from.otherCount],
      [...values.map((value) => after.get(value) ?? 0), to.otherCount],
    ),
  };
}

function total(summary: CategoricalSummary): number {
  return summary.topK.reduce((sum, entry) => sum + entry.count, summary.otherCount);
}

/** A value absent from a top k is known to be absent only when nothing lies beyond that top k. */
function shareOf(
  count: number | undefined,
  summary: CategoricalSummary,
  all: number,
): number | null {
  if (count !== undefined) return count / all;
  return summary.otherCount === 0 ? 0 : null;
}
