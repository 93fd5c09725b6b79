import type { RawBatch } from '@loopline/features';
import { compareCodePoints } from '@loopline/stats';
import type { SliceSpec } from '../gate-policy';
import { timestampPart } from './timestamp-part';

/** The value of the slice of rows without a value in the sliced column. */
export const MISSING_SLICE = '(missing)';

export interface RowGroup {
  value: string;
  rows: Int32Array;
}

/** The test rows grouped by a slice spec, largest group first, or why they cannot be. */
export type SlicedRows =
  { slicedBy: string; groups: RowGroup[] } | { slicedBy: string; error: string };

/** `origin`, or `date.month` for a part of a timestamp column. */
export function slicedBy(spec: SliceSpec): string {
  return spec.part === undefined ? spec.column : `${spec.column}.${spec.part}`;
}

/**
 * Groups the rows of `batch` by a categorical column's values (by value, not code: a dictionary
 * may repeat a value) or by a part of a timestamp column (UTC). Rows without a value form their
 * own group, MISSING_SLICE. Groups come largest first, ties by value.
 */
export function sliceRows(batch: RawBatch, spec: SliceSpec): SlicedRows {
  const by = slicedBy(spec);
  const column = batch.columns[spec.column];
  if (column === undefined)
    return {
      slicedBy: by,
      error: `the test rows have no column '${spec.column}' (they have ${Object.keys(batch.columns).join(', ')}); slice by one of those`,
    };
  const valueOf = rowValue(column, spec);
  if (typeof valueOf === 'string') return { slicedBy: by, error: valueOf };
  const members = new Map<string, number[]>();
  for (let row = 0; row < batch.rowCount; row++) {
    const value = valueOf(row);
    const list = members.get(value);
    if (list === undefined) members.set(value, [row]);
    else list.push(row);
  }
  const groups = [...members].map(([value, rows]) => ({ value, rows: Int32Array.from(rows) }));
  groups.sort((a, b) => b.rows.length - a.rows.length || compareCodePoints(a.value, b.value));
  return { slicedBy: by, groups };
}

function rowValue(
  column: RawBatch['columns'][string],
  spec: SliceSpec,
): ((row: number) => string) | string {
  if (column.type === 'categorical') {
    if (spec.part !== undefined)
      return `'${spec.column}' is categorical, so it has no ${spec.part}; leave out part to slice by its values`;
    return (row) => {
      const code = column.codes[row];
      return code >= 0 && code < column.dictionary.length ? column.dictionary[code] : MISSING_SLICE;
    };
  }
  if (column.type === 'timestamp') {
    const part = spec.part;
    if (part === undefined)
      return `'${spec.column}' is a timestamp; give a part (month, season, weekday or hour) to slice by`;
    return (row) => {
      const value = column.values[row];
      return Number.isFinite(value) ? timestampPart(value, part) : MISSING_SLICE;
    };
  }
  return `'${spec.column}' is numeric; slice by a categorical column or by a part of a timestamp column`;
}
