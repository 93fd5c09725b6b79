import { invalidDistribution } from '../errors/invalid-distribution';
import { compareCodePoints } from './compare-code-points';
import { type CategoricalSummary, type CategoryCount, PROFILE_TOP_K } from './data-profile';

/** What a categorical column adds up to: present values, exact distinct, top values. */
export interface CategoricalCounts {
  count: number;
  distinct: number;
  summary: CategoricalSummary | null;
}

/**
 * Counts codes into `labels` (-1 missing). Equal labels under different codes count as one
 * value, since the dictionary need not be minimal. The top PROFILE_TOP_K are the most
 * frequent, equal counts by value in code point order, as the DuckDB profiler sorts them.
 */
export function categoricalCounts(
  name: string,
  codes: Int32Array,
  labels: readonly string[],
): CategoricalCounts {
  const perCode = new Float64Array(labels.length);
  let count = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === -1) continue;
    if (!(code >= 0 && code < labels.length)) {
      throw invalidDistribution(`Column ${name}: code ${code} at row ${i} has no label.`);
    }
    perCode[code]++;
    count++;
  }
  const perValue = new Map<string, number>();
  perCode.forEach((n, code) => {
    if (n > 0) perValue.set(labels[code], (perValue.get(labels[code]) ?? 0) + n);
  });
  const ranked: CategoryCount[] = [...perValue].map(([value, n]) => ({ value, count: n }));
  ranked.sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value));
  const topK = ranked.slice(0, PROFILE_TOP_K);
  const listed = topK.reduce((sum, entry) => sum + entry.count, 0);
  return {
    count,
    distinct: perValue.size,
    summary: count > 0 ? { topK, otherCount: count - listed } : null,
  };
}
