import { PROFILE_QUANTILE_LEVELS, PROFILE_TOP_K } from '@loopline/stats';
import { isNumericKind, type ProfiledColumn } from './profiled-column';

/** A profiled column with its position in the relation, which names it in every query (`v3`). */
export interface IndexedColumn {
  index: number;
  column: ProfiledColumn;
}

/** A numeric column with the edges of its histogram, known after the aggregate pass. */
export interface BinnedColumn extends IndexedColumn {
  edges: number[];
}

/**
 * The relation as the summarised values, one column `v<index>` each, so every query below
 * treats missing values (null, NaN, ±Infinity) and casts the same way.
 */
function profiled(relation: string, columns: readonly IndexedColumn[]): string {
  const values = columns.map(({ index, column }) => `${column.value} AS v${index}`);
  return `WITH profiled AS (SELECT ${values.join(', ')} FROM ${relation})`;
}

/**
 * One pass for every column: row count and present values; for numeric ones also an estimate
 * of distinct values (HyperLogLog), moments and exact quantiles.
 */
export function aggregateSql(relation: string, columns: readonly IndexedColumn[]): string {
  const levels = `[${PROFILE_QUANTILE_LEVELS.join(', ')}]`;
  const aggregates = columns.flatMap(({ index: i, column }) => [
    `count(v${i}) AS n${i}`,
    ...(isNumericKind(column.kind)
      ? [
          `approx_count_distinct(v${i}) AS d${i}`,
          `min(v${i}) AS min${i}`,
          `max(v${i}) AS max${i}`,
          `avg(v${i}) AS mean${i}`,
          `stddev_samp(v${i}) AS std${i}`,
          `quantile_cont(v${i}, ${levels}) AS q${i}`,
        ]
      : []),
  ]);
  return `${profiled(relation, columns)} SELECT count(*) AS row_count, ${aggregates.join(', ')} FROM profiled`;
}

/**
 * One pass for every non-constant numeric column: `k<index>` lists the upper bounds of
 * `binUpperBounds(edges)` holding values and `c<index>` how many. The engine's histogram
 * counts each value at the first bound at or above it, so bounds just below each inner edge
 * make the bins exactly [edge i, edge i+1), the last one closed, with no division to round.
 */
export function histogramSql(relation: string, columns: readonly BinnedColumn[]): string {
  const histograms = columns.map(({ index: i, edges }) => {
    const bounds = binUpperBounds(edges).map(double);
    return `histogram(CAST(v${i} AS DOUBLE), [${bounds.join(', ')}]) AS h${i}`;
  });
  const lists = columns.map(
    ({ index: i }) => `map_keys(h${i}) AS k${i}, map_values(h${i}) AS c${i}`,
  );
  return (
    `${profiled(relation, columns)} SELECT ${lists.join(', ')} FROM ` +
    `(SELECT ${histograms.join(', ')} FROM profiled)`
  );
}

/** Per bin the largest value it holds: the double just below the next edge, or max for the last. */
export function binUpperBounds(edges: readonly number[]): number[] {
  return edges.slice(1).map((edge, i) => (i === edges.length - 2 ? edge : previousDouble(edge)));
}

function previousDouble(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const value = new Float64Array([x]);
  // Adjacent doubles have adjacent bit patterns: one less is the next one down for a positive
  // number, one more (a larger magnitude) for a negative one.
  new BigInt64Array(value.buffer)[0] += x > 0 ? -1n : 1n;
  return value[0];
}

/**
 * One pass for every categorical column (grouping sets share the scan): the PROFILE_TOP_K most
 * frequent present values per column as rows (col, value, n, distinct_values), most frequent
 * first, equal counts by value in the engine's binary (code point) order. Every present value
 * is counted on the way, so the distinct count comes exact and free.
 */
export function topValuesSql(relation: string, columns: readonly IndexedColumn[]): string {
  const names = columns.map(({ index }) => `v${index}`);
  const which = columns.map(({ index }) => `WHEN GROUPING(v${index}) = 0 THEN ${index}`);
  return (
    `${profiled(relation, columns)} SELECT col, value, n, count(*) OVER (PARTITION BY col) AS distinct_values FROM (` +
    `SELECT CASE ${which.join(' ')} END AS col, COALESCE(${names.join(', ')}) AS value, count(*) AS n ` +
    `FROM profiled GROUP BY GROUPING SETS (${names.map((name) => `(${name})`).join(', ')})) ` +
    `WHERE value IS NOT NULL ` +
    `QUALIFY row_number() OVER (PARTITION BY col ORDER BY n DESC, value) <= ${PROFILE_TOP_K} ` +
    `ORDER BY col, n DESC, value`
  );
}

/** A DOUBLE literal that reads back as exactly `value` (a bare 0.1 would be a DECIMAL). */
function double(value: number): string {
  return `CAST('${String(value)}' AS DOUBLE)`;
}
