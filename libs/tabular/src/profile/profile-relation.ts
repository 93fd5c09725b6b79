import {
  type CategoricalSummary,
  type ColumnProfile,
  DATA_PROFILE_FORMAT,
  type DataProfile,
  type Histogram,
  type NumericSummary,
  PROFILE_HISTOGRAM_BINS,
  PROFILE_QUANTILE_LEVELS,
} from '@loopline/stats';
import type { TabularRow, TabularSession } from '../session/tabular-session';
import { isNumericKind, profiledColumn } from './profiled-column';
import {
  aggregateSql,
  type BinnedColumn,
  binUpperBounds,
  histogramSql,
  type IndexedColumn,
  topValuesSql,
} from './profile-queries';

/**
 * Profiles a table, view, table function (`read_parquet('…')`) or parenthesised subquery in
 * three passes: one aggregate for every column, one histogram query for the numeric columns
 * and one top-values query for the others. Quantiles are exact (`quantile_cont`).
 */
export async function profileRelation(
  session: TabularSession,
  relation: string,
): Promise<DataProfile> {
  // DESCRIBE takes tables and queries but not table functions; a query over the relation takes all.
  const described = await session.rows<{ column_name: string; column_type: string }>(
    `DESCRIBE SELECT * FROM ${relation}`,
  );
  const columns: IndexedColumn[] = described.map((row, index) => ({
    index,
    column: profiledColumn({ name: row.column_name, sqlType: row.column_type }),
  }));
  const [totals] = await session.rows(aggregateSql(relation, columns));
  const rowCount = Number(totals.row_count);

  const binned: BinnedColumn[] = columns.flatMap((indexed) => {
    const [min, max] = [totals[`min${indexed.index}`], totals[`max${indexed.index}`]];
    if (typeof min !== 'number' || typeof max !== 'number' || min === max) return [];
    return [{ ...indexed, edges: fixedWidthEdges(min, max) }];
  });
  const edgesOf = new Map(binned.map(({ index, edges }) => [index, edges]));
  const [bins] = binned.length > 0 ? await session.rows(histogramSql(relation, binned)) : [{}];
  const categorical = columns.filter(({ column }) => !isNumericKind(column.kind));
  const topValues =
    categorical.length > 0 ? await session.rows(topValuesSql(relation, categorical)) : [];

  return {
    format: DATA_PROFILE_FORMAT,
    rowCount,
    columns: columns.map(({ index, column }): ColumnProfile => {
      const count = Number(totals[`n${index}`]);
      const numeric = isNumericKind(column.kind);
      return {
        name: column.name,
        kind: column.kind,
        sqlType: column.sqlType,
        count,
        missing: rowCount - count,
        distinct: numeric
          ? estimatedDistinct(Number(totals[`d${index}`]), count)
          : exactDistinct(topValues, index),
        numeric:
          numeric && count > 0
            ? numericSummary(totals, index, edgesOf.get(index), bins, count)
            : null,
        categorical: !numeric && count > 0 ? categoricalSummary(topValues, index, count) : null,
      };
    }),
  };
}

/** `edges` is undefined for a constant column, which gets one zero-width bin. */
function numericSummary(
  totals: TabularRow,
  i: number,
  edges: number[] | undefined,
  bins: TabularRow,
  count: number,
): NumericSummary {
  const [min, max] = [Number(totals[`min${i}`]), Number(totals[`max${i}`])];
  const quantiles = totals[`q${i}`] as number[];
  return {
    min,
    max,
    mean: Number(totals[`mean${i}`]),
    // The sample deviation of a single value is undefined (n - 1 = 0); the format says 0.
    std: Number(totals[`std${i}`] ?? 0),
    // The engine interpolates integers as lo·(1 - f) + hi·f, which can land an ulp outside
    // [min, max] (7.000000000000001 between two 7s).
    quantiles: PROFILE_QUANTILE_LEVELS.map((q, j) => ({
      q,
      value: Math.min(max, Math.max(min, quantiles[j])),
    })),
    histogram: edges ? binnedHistogram(edges, bins, i) : { edges: [min, max], counts: [count] },
  };
}

/** min + i · width, the last edge set to max so rounding cannot leave max outside. */
function fixedWidthEdges(min: number, max: number): number[] {
  const width = (max - min) / PROFILE_HISTOGRAM_BINS;
  const edges = Array.from({ length: PROFILE_HISTOGRAM_BINS }, (_, i) => min + i * width);
  edges.push(max);
  return edges;
}

/** Reads the counts per upper bound back into bins; a bound missing from the answer held nothing. */
function binnedHistogram(edges: number[], bins: TabularRow, i: number): Histogram {
  const bounds = binUpperBounds(edges);
  const counts = new Array<number>(bounds.length).fill(0);
  const keys = bins[`k${i}`] as number[];
  const values = bins[`c${i}`] as number[];
  keys.forEach((bound, j) => {
    const bin = bounds.indexOf(bound);
    if (bin === -1) throw new Error(`The histogram answered a bound ${bound} it was not given.`);
    counts[bin] += values[j];
  });
  return { edges, counts };
}

/** The estimate may overshoot a column of all-distinct values, or miss its only value. */
function estimatedDistinct(estimate: number, count: number): number {
  return Math.min(count, Math.max(estimate, count > 0 ? 1 : 0));
}

function exactDistinct(topValues: TabularRow[], i: number): number {
  return Number(topValues.find((row) => row.col === i)?.distinct_values ?? 0);
}

function categoricalSummary(rows: TabularRow[], i: number, count: number): CategoricalSummary {
  const topK = rows
    .filter((row) => row.col === i)
    .map((row) => ({ value: String(row.value), count: Number(row.n) }));
  const listed = topK.reduce((sum, entry) => sum + entry.count, 0);
  return { topK, otherCount: count - listed };
}
