import { invalidDistribution } from '../errors/invalid-distribution';
import { categoricalCounts } from './categorical-summary';
import { type ColumnProfile, DATA_PROFILE_FORMAT, type DataProfile } from './data-profile';
import { distinctSorted, numericSummary } from './numeric-summary';
import { sortedPresentValues } from './sorted-present-values';

/**
 * A column held in memory: numbers (NaN and ±Infinity missing) or category codes into labels
 * (-1 missing). `kind: 'timestamp'` marks epoch-millisecond numbers, so the profile matches
 * what the DuckDB profiler reports for a date or timestamp column. `sqlType` defaults to
 * DOUBLE, FLOAT (Float32Array), TIMESTAMP or VARCHAR.
 */
export type ProfileInput =
  | {
      name: string;
      kind: 'numeric' | 'timestamp';
      sqlType?: string;
      values: Float32Array | Float64Array;
    }
  | {
      name: string;
      kind: 'categorical';
      sqlType?: string;
      codes: Int32Array;
      labels: readonly string[];
    };

/**
 * Profiles in-memory columns into the same DataProfile the DuckDB profiler (libs/tabular
 * `profileRelation`) writes, with the same definitions: missing counts, min, max, mean,
 * sample std, exact interpolated quantiles, 20 fixed-width bins and the top 20 values with
 * ties by value. One difference: `distinct` is exact for numeric columns too (it is free once
 * the values are sorted for the quantiles), where the DuckDB profiler estimates it.
 */
export function profileColumns(rowCount: number, columns: readonly ProfileInput[]): DataProfile {
  return {
    format: DATA_PROFILE_FORMAT,
    rowCount,
    columns: columns.map((column) => profileColumn(rowCount, column)),
  };
}

function profileColumn(rowCount: number, column: ProfileInput): ColumnProfile {
  const length = column.kind === 'categorical' ? column.codes.length : column.values.length;
  if (length !== rowCount) {
    throw invalidDistribution(`Column ${column.name} has ${length} values for ${rowCount} rows.`);
  }
  if (column.kind === 'categorical') {
    const { count, distinct, summary } = categoricalCounts(
      column.name,
      column.codes,
      column.labels,
    );
    return {
      name: column.name,
      kind: 'categorical',
      sqlType: column.sqlType ?? 'VARCHAR',
      count,
      missing: rowCount - count,
      distinct,
      numeric: null,
      categorical: summary,
    };
  }
  const sorted = sortedPresentValues(column.values);
  const defaultType =
    column.kind === 'timestamp'
      ? 'TIMESTAMP'
      : column.values instanceof Float32Array
        ? 'FLOAT'
        : 'DOUBLE';
  return {
    name: column.name,
    kind: column.kind,
    sqlType: column.sqlType ?? defaultType,
    count: sorted.length,
    missing: rowCount - sorted.length,
    distinct: distinctSorted(sorted),
    numeric: sorted.length > 0 ? numericSummary(sorted) : null,
    categorical: null,
  };
}
