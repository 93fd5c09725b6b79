import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { TabularErrorCode } from '../errors/tabular-error-code';
import type { TabularSession } from '../session/tabular-session';
import { quoteIdentifier, sqlString } from '../sql/sql-literals';
import { convertArrowToParquet } from './arrow-to-parquet';
import type { TabularFormat } from './tabular-format';

export interface LoadTableRequest {
  /** Table to create; its rowid order is the file's row order. */
  table: string;
  path: string;
  format: TabularFormat;
  /** Scratch space for formats that go through an intermediate file (Arrow IPC). */
  workDirectory: string;
}

/**
 * Loads a file into a new table with the engine's own readers. CSV is read as text (every
 * column VARCHAR) so that a bad value becomes a type violation of the data contract, with its
 * row number, instead of a reader error that names no row; JSON is typed from a scan of the
 * whole file for the same reason. A file the reader cannot parse is `TABULAR.UNREADABLE`.
 */
export async function loadTable(session: TabularSession, request: LoadTableRequest): Promise<void> {
  const source = await readerFor(request);
  try {
    await session.run(`CREATE TABLE ${quoteIdentifier(request.table)} AS SELECT * FROM ${source}`);
  } catch (error) {
    throw unreadable(request.format, error);
  }
}

async function readerFor(request: LoadTableRequest): Promise<string> {
  const path = sqlString(request.path);
  switch (request.format) {
    case 'parquet':
      return `read_parquet(${path})`;
    case 'csv':
      return `read_csv(${path}, header = true, all_varchar = true, strict_mode = true)`;
    case 'ndjson':
      return `read_json(${path}, format = 'newline_delimited', sample_size = -1)`;
    case 'json':
      return `read_json(${path}, format = 'auto', sample_size = -1)`;
    case 'arrow': {
      const parquet = join(request.workDirectory, 'arrow-batch.parquet');
      await convertArrowToParquet(request.path, parquet).catch((error: unknown) => {
        throw unreadable('arrow', error);
      });
      return `read_parquet(${sqlString(parquet)})`;
    }
  }
}

function unreadable(format: TabularFormat, error: unknown): PlatformError {
  const reason = error instanceof PlatformError ? error.message : String(error);
  return new PlatformError(
    TabularErrorCode.Unreadable,
    `The file could not be read as ${format}: ${reason.replace(/^Query failed: /, '')}`,
    { kind: ErrorKind.Unprocessable, cause: error, details: { format } },
  );
}
