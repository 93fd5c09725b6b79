import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  BIGINT,
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBType,
  type DuckDBValue,
  timestampValue,
  TIMESTAMP,
  VARCHAR,
} from '@duckdb/node-api';
import { type Field, RecordBatchReader, type RecordBatch, Type } from 'apache-arrow';
import { quoteIdentifier, sqlString } from '../sql/sql-literals';

/** Rows per chunk handed to the appender; the engine's vector size. */
const CHUNK_ROWS = 2048;

interface ColumnPlan {
  type: DuckDBType;
  sqlType: string;
  convert: (value: unknown) => DuckDBValue;
}

const asNumber = (value: unknown): number =>
  value instanceof Date
    ? value.getTime()
    : typeof value === 'bigint'
      ? Number(value)
      : Number(value);

function planColumn(field: Field): ColumnPlan {
  const typeId = field.type.typeId;
  if (typeId === Type.Int && (field.type as { bitWidth: number }).bitWidth === 64) {
    return { type: BIGINT, sqlType: 'BIGINT', convert: (value) => BigInt(value as bigint) };
  }
  if (typeId === Type.Int || typeId === Type.Float || typeId === Type.Decimal) {
    return { type: DOUBLE, sqlType: 'DOUBLE', convert: asNumber };
  }
  if (typeId === Type.Bool) return { type: BOOLEAN, sqlType: 'BOOLEAN', convert: Boolean };
  if (typeId === Type.Timestamp || typeId === Type.Date) {
    // apache-arrow hands both out as epoch milliseconds.
    return {
      type: TIMESTAMP,
      sqlType: 'TIMESTAMP',
      convert: (value) => timestampValue(BigInt(Math.round(asNumber(value) * 1000))),
    };
  }
  return { type: VARCHAR, sqlType: 'VARCHAR', convert: String };
}

async function convert(arrowPath: string, parquetPath: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await RecordBatchReader.from(createReadStream(arrowPath));
    await reader.open();
    const fields = reader.schema.fields;
    const plans = fields.map(planColumn);
    const columns = fields.map((field, i) => `${quoteIdentifier(field.name)} ${plans[i].sqlType}`);
    await connection.run(`CREATE TABLE arrow_batch (${columns.join(', ')})`);
    const appender = await connection.createAppender('arrow_batch');
    for await (const batch of reader) appendBatch(appender, batch as RecordBatch, plans);
    appender.closeSync();
    await connection.run(
      `COPY arrow_batch TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function appendBatch(
  appender: { appendDataChunk(chunk: DuckDBDataChunk): void },
  batch: RecordBatch,
  plans: ColumnPlan[],
): void {
  const vectors = plans.map((_, i) => batch.getChildAt(i));
  for (let start = 0; start < batch.numRows; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, batch.numRows - start);
    const chunk = DuckDBDataChunk.create(
      plans.map((plan) => plan.type),
      rows,
    );
    chunk.setColumns(
      plans.map((plan, column) => {
        const values: DuckDBValue[] = new Array(rows);
        for (let row = 0; row < rows; row++) {
          const value = vectors[column]?.get(start + row);
          values[row] = value === null || value === undefined ? null : plan.convert(value);
        }
        return values;
      }),
    );
    appender.appendDataChunk(chunk);
  }
}

const { arrowPath, parquetPath } = workerData as { arrowPath: string; parquetPath: string };
convert(arrowPath, parquetPath).then(
  () => parentPort?.postMessage({}),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
