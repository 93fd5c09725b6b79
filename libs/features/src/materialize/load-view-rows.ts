import { sqlString, type TabularSession } from '@loopline/tabular';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { readRawBatch } from '../io/read-raw-batch';
import type { RawBatch } from '../transform/raw-batch';
import { selectRows } from '../transform/select-rows';
import { requiredColumns } from './required-columns';

/**
 * Reads the columns a view needs from Parquet files, oldest event first, ties in file order (so
 * the same parts always give the same row order, whatever the engine's threads did). Rows without
 * an event time or a label cannot be placed or learnt from: they are dropped and counted.
 */
export async function loadViewRows(
  session: TabularSession,
  definition: FeatureViewDefinition,
  parquetFiles: readonly string[],
): Promise<{ batch: RawBatch; droppedRows: number }> {
  const files = `[${parquetFiles.map(sqlString).join(', ')}]`;
  const relation = `(SELECT * FROM read_parquet(${files}, union_by_name = true, filename = true, file_row_number = true))`;
  const timeColumn = definition.eventTime?.column;
  const orderBy = [
    ...(timeColumn === undefined ? [] : [timeColumn]),
    'filename',
    'file_row_number',
  ];
  const batch = await readRawBatch(session, relation, requiredColumns(definition), { orderBy });
  const kept = presentRows(batch, [timeColumn, definition.label?.column]);
  if (kept.length === batch.rowCount) return { batch, droppedRows: 0 };
  return { batch: selectRows(batch, kept), droppedRows: batch.rowCount - kept.length };
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
