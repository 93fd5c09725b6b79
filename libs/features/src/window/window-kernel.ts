import { evaluatePredicate } from '../predicate/evaluate-predicate';
import type { WindowPlan } from './window-plan';

/** One entity's rows: event times ascending and, per aggregation, the column it reads (or null). */
export interface WindowGroup {
  times: Float64Array;
  values: (Float64Array | null)[];
}

/** Where a group is evaluated and where each answer goes. */
export interface WindowQueries {
  /** Query times in ascending order, or null for each group row's own time (offline). */
  times: Float64Array | null;
  /** Per aggregation, the array the answers are written to. */
  outputs: Float64Array[];
  /** Output index of each query, or null to write query j at index j. */
  targets: Uint32Array | null;
}

/** Buffers reused across groups, sized for the largest group and query list. */
export interface WindowScratch {
  lo: Uint32Array[];
  hi: Uint32Array[];
  numerator: Float64Array;
  denominator: Float64Array;
}

/** Scratch for groups of at most `capacity` rows and queries. */
export function createWindowScratch(plan: WindowPlan, capacity: number): WindowScratch {
  return {
    lo: plan.widthsMs.map(() => new Uint32Array(capacity)),
    hi: plan.widthsMs.map(() => new Uint32Array(capacity)),
    numerator: new Float64Array(capacity + 1),
    denominator: new Float64Array(capacity + 1),
  };
}

/**
 * THE window kernel, shared by offline (per-row) and online (as-of) aggregation so the two cannot
 * disagree. For each query time q it aggregates the group's rows with time in [q - W, q): a row
 * exactly W old is inside, a row at q itself (the row being featurized, or one at the same
 * instant) is outside.
 *
 * Sums come from prefix sums over the group, so a window's value depends only on which rows it
 * holds, never on the queries asked before it: an online query at `asOf` gives bit for bit what
 * a row at `asOf` would get offline. The cost is that a window sum is a difference of prefix sums,
 * exact for integer-valued columns below 2^53 and otherwise within an ulp of the group's total.
 */
export function evaluateWindowGroup(
  plan: WindowPlan,
  group: WindowGroup,
  queries: WindowQueries,
  scratch: WindowScratch,
): void {
  const times = group.times;
  const m = times.length;
  const queryTimes = queries.times ?? times;
  const k = queryTimes.length;
  plan.widthsMs.forEach((width, w) => {
    windowBounds(times, queryTimes, width, scratch.lo[w], scratch.hi[w]);
  });
  const targets = queries.targets;

  plan.aggregations.forEach((aggregation, a) => {
    const out = queries.outputs[a];
    const lo = scratch.lo[aggregation.widthIndex];
    const hi = scratch.hi[aggregation.widthIndex];
    const values = group.values[a];
    if (values === null) {
      if (targets === null) for (let j = 0; j < k; j++) out[j] = hi[j] - lo[j];
      else for (let j = 0; j < k; j++) out[targets[j]] = hi[j] - lo[j];
      return;
    }
    const { numerator, denominator } = scratch;
    const when = aggregation.when;
    for (let i = 0; i < m; i++) {
      const x = values[i];
      const present = !Number.isNaN(x);
      const term = when === null ? x : evaluatePredicate(when, x) ? 1 : 0;
      numerator[i + 1] = numerator[i] + (present ? term : 0);
      denominator[i + 1] = denominator[i] + (present ? 1 : 0);
    }
    for (let j = 0; j < k; j++) {
      const present = denominator[hi[j]] - denominator[lo[j]];
      const value = present > 0 ? (numerator[hi[j]] - numerator[lo[j]]) / present : NaN;
      if (targets === null) out[j] = value;
      else out[targets[j]] = value;
    }
  });
}

/**
 * Two pointers over the sorted times: `hi[j]` is the first row at or after query j,
 * `lo[j]` the first row at or after query j minus the width. O(m + k) for ascending queries.
 */
function windowBounds(
  times: Float64Array,
  queries: Float64Array,
  width: number,
  lo: Uint32Array,
  hi: Uint32Array,
): void {
  const m = times.length;
  let l = 0;
  let h = 0;
  for (let j = 0; j < queries.length; j++) {
    const q = queries[j];
    while (h < m && times[h] < q) h++;
    while (l < m && times[l] < q - width) l++;
    hi[j] = h;
    lo[j] = l;
  }
}
