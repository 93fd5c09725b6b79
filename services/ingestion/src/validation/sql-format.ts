import { ColumnType, SQL_TYPE_BY_COLUMN_TYPE } from '../domain/data-contract';
import { quoteIdentifier, sqlString, TabularValue } from '@loopline/tabular';

export const column = quoteIdentifier;

/** A literal of the column's type from an ISO instant or the engine's own text form. */
export function typedLiteral(text: string, type: ColumnType): string {
  const plain = text.replace('T', ' ').replace(/Z$/, '');
  return `CAST(${sqlString(plain)} AS ${SQL_TYPE_BY_COLUMN_TYPE[type]})`;
}

/** A JavaScript value as an SQL literal for an IN list or comparison. */
export function valueLiteral(value: string | number): string {
  return typeof value === 'number' ? `(${String(value)})` : sqlString(value);
}

/** SQL that is true where a value is missing: null, or NaN for floating-point numbers. */
export function isMissing(name: string, type: ColumnType): string {
  const ref = column(name);
  return type === 'number' ? `(${ref} IS NULL OR isnan(${ref}))` : `${ref} IS NULL`;
}

/** Rounds for reading, not for comparing: statistics are compared at full precision. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** A value as a producer would write it: epoch milliseconds of times become ISO text. */
export function formatValue(value: TabularValue, type: ColumnType): string {
  if (value === null) return 'none';
  if (typeof value !== 'number') return String(value);
  if (type === 'timestamp') return new Date(value).toISOString();
  if (type === 'date') return new Date(value).toISOString().slice(0, 10);
  return formatNumber(value);
}

/** The first few distinct sample values, quoted, for an "observed" field. */
export function formatSamples(values: (string | null)[], limit = 3): string {
  const distinct = [...new Set(values.filter((value): value is string => value !== null))];
  const shown = distinct.slice(0, limit).map((value) => `'${value}'`);
  return distinct.length > limit ? `${shown.join(', ')}, ...` : shown.join(', ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
