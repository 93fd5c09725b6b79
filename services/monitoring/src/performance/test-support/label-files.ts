import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlString, TabularSession } from '@loopline/tabular';

export type LabelCell = string | number | boolean | null;

/** Rows as CSV with a header; cells are written as given (null as an empty cell). */
export function csvOf(columns: string[], rows: LabelCell[][]): Buffer {
  const lines = [columns.join(','), ...rows.map((row) => row.map((c) => c ?? '').join(','))];
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Rows as newline-delimited JSON objects. */
export function ndjsonOf(columns: string[], rows: LabelCell[][]): Buffer {
  const objects = rows.map((row) =>
    JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i]]))),
  );
  return Buffer.from(`${objects.join('\n')}\n`);
}

/** Rows as a Parquet file, written by the same engine that reads it back. */
export async function parquetOf(columns: string[], rows: LabelCell[][]): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), 'loopline-it-labels-'));
  const session = await TabularSession.open({ threads: 1 });
  try {
    const json = join(directory, 'rows.ndjson');
    const parquet = join(directory, 'rows.parquet');
    await writeFile(json, ndjsonOf(columns, rows));
    await session.run(
      `COPY (SELECT * FROM read_json(${sqlString(json)}, format = 'newline_delimited')) TO ${sqlString(parquet)} (FORMAT parquet)`,
    );
    return await readFile(parquet);
  } finally {
    session.close();
    await rm(directory, { recursive: true, force: true });
  }
}

/** Rows as one JSON array of objects. */
export function jsonArrayOf(columns: string[], rows: LabelCell[][]): Buffer {
  return Buffer.from(
    JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])))),
  );
}
