import { sqlString, type TabularSession } from '@loopline/tabular';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { readRawBatch } from '../io/read-raw-batch';
import type { RawBatch } from '../transform/raw-batch';
import { selectRows } from '../transform/select-rows';
import { sortRowsByTime } from '../window/sort-rows-by-time';
import { requiredColumns } from './required-columns';

/**
 * Reads the columns a view needs from Parquet files, oldest event first, ties in file order (so
 * the same parts always give the same row order). Rows without an event time or a label cannot
 * be placed or learnt from: they are dropped and counted. The engine scans in file order (its
 * insertion order is preserved) and the rows are put in time order here, by a stable radix sort
 * that only checks data which, like most event data, arrives in time order already.
 */
export async function loadViewRows(
  session: TabularSession,
  definition: FeatureViewDefinition,
  parquetFiles: readonly string[],
): Promise<{ batch: RawBatch; droppedRows: number }> {
  const files = `[${parquetFiles.map(sqlString).join(', ')}]`;
  const relation = `(SELECT * FROM read_parquet(${files}, union_by_name = true))`;
  const timeColumn = definition.eventTime?.column;
  const batch = await readRawBatch(session, relation, requiredColumns(definition));
  const kept = presentRows(batch, [timeColumn, definition.label?.column]);
  const time = timeColumn === undefined ? undefined : batch.columns[timeColumn];
  const ordered = time?.type === 'timestamp' ? sortRowsByTime(kept, time.values) : kept;
  const droppedRows = batch.rowCount - kept.length;
  if (isIdentity(ordered, batch.rowCount)) return { batch, droppedRows };
  return { batch: selectRows(batch, ordered), droppedRows };
}

function isIdentity(rows: Uint32Array, rowCount: number): boolean {
  if (rows.length !== rowCount) return false;
  for (let i = 0; i < rows.length; i++) if (rows[i] !== i) return false;
  return true;
}

function presentRows(batch: RawBatch, names: (string | undefined)[]): Uint32Array {
  const keep = new Uint8Array(batch.rowCount).fill(1);
  for (const name of names) {
    if (name === undefined) continue;
    const column = batch.columns[name];
    if (column.type === 'categorical') {
      for (let i = 0; i < batch.rowCount; i++) if (column.codes[i] < 0) keep[i] = 0;
    } else {
      for (let i = 0; i < batch.rowCount; i++) if (Number.isNaN(column.values[i])) keep[i] = 0;
    }
  }
  const rows: number[] = [];
  for (let i = 0; i < batch.rowCount; i++) if (keep[i] === 1) rows.push(i);
  return Uint32Array.from(rows);
}
