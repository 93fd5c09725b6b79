import {
  type CategoricalSummary,
  type CategoryCount,
  type ColumnKind,
  type Histogram,
  type NumericSummary,
  PROFILE_HISTOGRAM_BINS,
  PROFILE_QUANTILE_LEVELS,
  PROFILE_TOP_K,
  type Quantile,
} from './data-profile';
import { compareCodePoints } from './compare-code-points';
import type { ProfileProblems } from './profile-problems';

/** Reads a numeric summary of a column holding `count` values; undefined when it is malformed. */
export function readNumericSummary(
  value: unknown,
  path: string,
  count: number,
  problems: ProfileProblems,
): NumericSummary | undefined {
  const raw = problems.object(value, path);
  if (raw === undefined) return undefined;
  const min = problems.finite(raw.min, `${path}.min`);
  const max = problems.finite(raw.max, `${path}.max`);
  const mean = problems.finite(raw.mean, `${path}.mean`);
  const std = problems.finite(raw.std, `${path}.std`);
  if (min !== undefined && max !== undefined && min > max) {
    problems.add(`${path}.min`, `min ${min} exceeds max ${max}`);
  }
  if (std !== undefined && std < 0) problems.add(`${path}.std`, `must be >= 0, got ${std}`);
  const quantiles = readQuantiles(raw.quantiles, `${path}.quantiles`, problems);
  const histogram = readHistogram(raw.histogram, `${path}.histogram`, count, problems);
  if (histogram !== undefined && min !== undefined && max !== undefined && min <= max) {
    const { edges } = histogram;
    if (edges[0] !== min || edges[edges.length - 1] !== max) {
      problems.add(`${path}.histogram.edges`, `must run from min ${min} to max ${max}`);
    }
    const bins = min === max ? 1 : PROFILE_HISTOGRAM_BINS;
    if (histogram.counts.length !== bins) {
      problems.add(
        `${path}.histogram.counts`,
        `expected ${bins} bins, got ${histogram.counts.length}`,
      );
    }
  }
  if (
    min === undefined ||
    max === undefined ||
    mean === undefined ||
    std === undefined ||
    quantiles === undefined ||
    histogram === undefined
  ) {
    return undefined;
  }
  return { min, max, mean, std, quantiles, histogram };
}

function readQuantiles(
  value: unknown,
  path: string,
  problems: ProfileProblems,
): Quantile[] | undefined {
  const raw = problems.array(value, path);
  if (raw === undefined) return undefined;
  if (raw.length !== PROFILE_QUANTILE_LEVELS.length) {
    problems.add(path, `expected one entry per level ${PROFILE_QUANTILE_LEVELS.join(', ')}`);
    return undefined;
  }
  const quantiles = raw.map((entry, i): Quantile | undefined => {
    const item = problems.object(entry, `${path}[${i}]`);
    if (item === undefined) return undefined;
    if (item.q !== PROFILE_QUANTILE_LEVELS[i]) {
      problems.add(
        `${path}[${i}].q`,
        `expected ${PROFILE_QUANTILE_LEVELS[i]}, got ${String(item.q)}`,
      );
    }
    const at = problems.finite(item.value, `${path}[${i}].value`);
    return at === undefined ? undefined : { q: PROFILE_QUANTILE_LEVELS[i], value: at };
  });
  return quantiles.every((quantile) => quantile !== undefined) ? quantiles : undefined;
}

function readHistogram(
  value: unknown,
  path: string,
  count: number,
  problems: ProfileProblems,
): Histogram | undefined {
  const raw = problems.object(value, path);
  if (raw === undefined) return undefined;
  const edges = (problems.array(raw.edges, `${path}.edges`) ?? []).map((edge, i) =>
    problems.finite(edge, `${path}.edges[${i}]`),
  );
  const counts = (problems.array(raw.counts, `${path}.counts`) ?? []).map((bin, i) =>
    problems.count(bin, `${path}.counts[${i}]`),
  );
  if (!isComplete(edges) || !isComplete(counts)) return undefined;
  if (edges.length !== counts.length + 1 || counts.length === 0) {
    problems.add(
      path,
      `expected one more edge than bins, got ${edges.length} and ${counts.length}`,
    );
    return undefined;
  }
  if (edges.some((edge, i) => i > 0 && edge < edges[i - 1])) {
    problems.add(`${path}.edges`, 'must be in ascending order');
  }
  const total = counts.reduce((sum, bin) => sum + bin, 0);
  if (total !== count) problems.add(`${path}.counts`, `sum to ${total}, expected count ${count}`);
  return { edges, counts };
}

/** Reads a categorical summary of a column holding `count` values; undefined when malformed. */
export function readCategoricalSummary(
  value: unknown,
  path: string,
  count: number,
  kind: ColumnKind,
  problems: ProfileProblems,
): CategoricalSummary | undefined {
  const raw = problems.object(value, path);
  if (raw === undefined) return undefined;
  const otherCount = problems.count(raw.otherCount, `${path}.otherCount`);
  const entries = (problems.array(raw.topK, `${path}.topK`) ?? []).map((entry, i) =>
    readCategoryCount(entry, `${path}.topK[${i}]`, kind, problems),
  );
  if (otherCount === undefined || !isComplete(entries)) return undefined;
  if (entries.length > PROFILE_TOP_K) {
    problems.add(
      `${path}.topK`,
      `holds ${entries.length} values, at most ${PROFILE_TOP_K} allowed`,
    );
  }
  entries.forEach((entry, i) => {
    if (i === 0) return;
    const before = entries[i - 1];
    const ordered =
      entry.count < before.count ||
      (entry.count === before.count && compareCodePoints(before.value, entry.value) < 0);
    if (!ordered) {
      problems.add(
        `${path}.topK[${i}]`,
        'out of order: most frequent first, equal counts by value ascending, no repeats',
      );
    }
  });
  const total = entries.reduce((sum, entry) => sum + entry.count, otherCount);
  if (total !== count) {
    problems.add(path, `topK counts plus otherCount sum to ${total}, expected count ${count}`);
  }
  if (entries.length < PROFILE_TOP_K && otherCount > 0) {
    problems.add(
      `${path}.otherCount`,
      `must be 0 when topK holds fewer than ${PROFILE_TOP_K} values`,
    );
  }
  return { topK: entries, otherCount };
}

function readCategoryCount(
  value: unknown,
  path: string,
  kind: ColumnKind,
  problems: ProfileProblems,
): CategoryCount | undefined {
  const raw = problems.object(value, path);
  if (raw === undefined) return undefined;
  // An empty string is a legitimate category, so this is not `problems.string`.
  const text = typeof raw.value === 'string' ? raw.value : undefined;
  if (text === undefined) problems.add(`${path}.value`, 'expected a string');
  else if (kind === 'boolean' && text !== 'true' && text !== 'false') {
    problems.add(`${path}.value`, `expected 'true' or 'false' for a boolean column, got '${text}'`);
  }
  const count = problems.count(raw.count, `${path}.count`);
  if (count === 0) problems.add(`${path}.count`, 'a listed value occurs at least once');
  return text === undefined || count === undefined ? undefined : { value: text, count };
}

function isComplete<T>(items: (T | undefined)[]): items is T[] {
  return items.every((item) => item !== undefined);
}
