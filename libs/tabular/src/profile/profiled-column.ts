import type { ColumnKind } from '@loopline/stats';
import type { ColumnInfo } from '../session/tabular-session';
import { quoteIdentifier } from '../sql/sql-literals';

/** A column about to be profiled: its kind and the SQL of the value that is summarised. */
export interface ProfiledColumn extends ColumnInfo {
  kind: ColumnKind;
  /**
   * The value as summarised, NULL where it counts as missing: a number for numeric kinds
   * (timestamps as epoch milliseconds), VARCHAR for the others.
   */
  value: string;
}

const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
]);
const FLOAT_TYPES = new Set(['FLOAT', 'DOUBLE']);
const TIMESTAMP_TYPES = new Set([
  'DATE',
  'TIMESTAMP',
  'TIMESTAMP WITH TIME ZONE',
  'TIMESTAMP_S',
  'TIMESTAMP_MS',
  'TIMESTAMP_NS',
]);

/** Decides how a column of the engine's type `sqlType` is summarised. */
export function profiledColumn({ name, sqlType }: ColumnInfo): ProfiledColumn {
  const column = quoteIdentifier(name);
  // Integers stay integers: the engine's exact quantiles over them run several times faster
  // than over DOUBLE, and come back as DOUBLE all the same.
  if (INTEGER_TYPES.has(sqlType)) return { name, sqlType, kind: 'numeric', value: column };
  // A DECIMAL's quantiles would be rounded to its scale; DOUBLE interpolates freely.
  if (sqlType.startsWith('DECIMAL')) {
    return { name, sqlType, kind: 'numeric', value: `CAST(${column} AS DOUBLE)` };
  }
  // NaN and ±Infinity count as missing: no moment or histogram is defined with them in, and
  // JSON cannot carry them.
  if (FLOAT_TYPES.has(sqlType)) {
    return {
      name,
      sqlType,
      kind: 'numeric',
      value: `CASE WHEN isfinite(${column}) THEN CAST(${column} AS DOUBLE) END`,
    };
  }
  if (TIMESTAMP_TYPES.has(sqlType)) {
    return {
      name,
      sqlType,
      kind: 'timestamp',
      value: `CASE WHEN isfinite(${column}) THEN epoch_ms(${column}) END`,
    };
  }
  const kind = sqlType === 'BOOLEAN' ? 'boolean' : 'categorical';
  return { name, sqlType, kind, value: `CAST(${column} AS VARCHAR)` };
}

/** Whether the column gets a numeric summary (else a categorical one). */
export function isNumericKind(kind: ColumnKind): boolean {
  return kind === 'numeric' || kind === 'timestamp';
}
