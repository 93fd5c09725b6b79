import type { RawBatch, RawColumn } from './raw-batch';

function selectColumn(column: RawColumn, rows: Uint32Array | readonly number[]): RawColumn {
  const n = rows.length;
  if (column.type === 'categorical') {
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = column.codes[rows[i]];
    // The dictionary is shared, not copied: codes keep their meaning and nothing is re-encoded.
    return { type: 'categorical', codes, dictionary: column.dictionary };
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = column.values[rows[i]];
  return { type: column.type, values };
}

/**
 * A new batch holding the given rows of `batch`, in the given order (repeats allowed), e.g. the
 * training split to fit on. Throws RangeError on a row index outside the batch, since a silently
 * missing row would skew whatever is fitted on the result.
 */
export function selectRows(batch: RawBatch, rows: Uint32Array | number[]): RawBatch {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Number.isInteger(row) || row < 0 || row >= batch.rowCount) {
      throw new RangeError(`Row ${row} at position ${i} is outside a batch of ${batch.rowCount}.`);
    }
  }
  const columns: Record<string, RawColumn> = {};
  for (const [name, column] of Object.entries(batch.columns)) {
    columns[name] = selectColumn(column, rows);
  }
  return { rowCount: rows.length, columns };
}
