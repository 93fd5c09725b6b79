import { compareCodePoints } from '@loopline/stats';
import { sortRowsByTime } from './sort-rows-by-time';

/** Rows grouped by entity, each group in event-time order: the layout the window kernel scans. */
export interface EntityTimeOrder {
  /**
   * Distinct entity values seen on any row (with or without a time), in code-point order.
   * Dictionary entries no row uses are left out; duplicate entries count as one entity.
   */
  entities: string[];
  /** Group g (entity `entities[g]`) holds the slots `starts[g] .. starts[g + 1] - 1`. */
  starts: Uint32Array;
  /**
   * Each row's slot in the grouped layout: slots of a group are in time order. `NO_SLOT` for a
   * row with a missing entity or time, which belongs to no window.
   */
  slotOfRow: Uint32Array;
}

export const NO_SLOT = 0xffffffff;

/**
 * Groups the rows by entity and sorts each group by time, for any row order: one stable sort of
 * all timed rows by time, then a stable counting sort by entity, O(n) plus the time sort.
 * It hands out slots rather than a list of rows so columns can be laid out grouped in one pass
 * in row order (see grouped-columns): for time-ordered input every read is then sequential.
 */
export function orderByEntityAndTime(
  codes: Int32Array,
  dictionary: readonly string[],
  times: Float64Array,
  rowCount: number,
): EntityTimeOrder {
  const { entities, groupOfCode } = canonicalEntities(codes, dictionary, rowCount);
  let timedCount = 0;
  for (let r = 0; r < rowCount; r++) if (codes[r] >= 0 && !Number.isNaN(times[r])) timedCount++;
  const timed = new Uint32Array(timedCount);
  for (let r = 0, i = 0; r < rowCount; r++) {
    if (codes[r] >= 0 && !Number.isNaN(times[r])) timed[i++] = r;
  }
  const byTime = sortRowsByTime(timed, times);

  const starts = new Uint32Array(entities.length + 1);
  for (let i = 0; i < byTime.length; i++) starts[groupOfCode[codes[byTime[i]]] + 1]++;
  for (let g = 0; g < entities.length; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, entities.length);
  const slotOfRow = new Uint32Array(rowCount).fill(NO_SLOT);
  for (let i = 0; i < byTime.length; i++) {
    const row = byTime[i];
    slotOfRow[row] = next[groupOfCode[codes[row]]]++;
  }
  return { entities, starts, slotOfRow };
}

/** Maps dictionary codes to group indexes: one group per distinct used string, sorted. */
function canonicalEntities(
  codes: Int32Array,
  dictionary: readonly string[],
  rowCount: number,
): { entities: string[]; groupOfCode: Int32Array } {
  const used = new Uint8Array(dictionary.length);
  for (let r = 0; r < rowCount; r++) if (codes[r] >= 0) used[codes[r]] = 1;
  const distinct = new Set<string>();
  for (let c = 0; c < dictionary.length; c++) if (used[c] === 1) distinct.add(dictionary[c]);
  const entities = [...distinct].sort(compareCodePoints);
  const groupOf = new Map(entities.map((entity, g) => [entity, g]));
  const groupOfCode = new Int32Array(dictionary.length).fill(-1);
  for (let c = 0; c < dictionary.length; c++) {
    if (used[c] === 1) groupOfCode[c] = groupOf.get(dictionary[c]) ?? -1;
  }
  return { entities, groupOfCode };
}
