import { quoteIdentifier, type TabularSession, toTabularError } from '@loopline/tabular';
import type { Problem } from '../errors/problem';
import type { RawBatch, RawColumn, RawColumnType } from '../transform/raw-batch';
import { copyVector, type VectorLike } from './copy-vector';
import { createEnumDictionary, dropEnumDictionary, type EnumDictionary } from './enum-dictionary';
import { invalidDatasetColumns } from './io-errors';
import { planRawColumns, type PlannedColumn } from './plan-raw-columns';

/** A column to read and the type the transform needs it as. */
export interface RawColumnRequest {
  name: string;
  type: RawColumnType;
}

export interface ReadRawBatchOptions {
  /** A SQL condition on the relation's columns; only rows it holds for are read. */
  where?: string;
  /** Column names to sort the rows by, ascending (nulls last); the relation's order otherwise. */
  orderBy?: readonly string[];
}

/**
 * Reads columns of a table, view, table function or parenthesised subquery into typed arrays:
 * numbers as DOUBLE (NaN for NULL, NaN and ±Infinity), dates, timestamps and ISO text as
 * epoch milliseconds (NaN for NULL, infinite or unparseable), and categories as Int32 codes
 * into a sorted dictionary of the distinct values read (-1 for NULL; numbers and booleans as
 * their text). The engine does every conversion; JavaScript copies one buffer per chunk.
 * Throws FEATURES.INVALID_INPUT naming each missing column, wrong type or unparseable number.
 */
export async function readRawBatch(
  session: TabularSession,
  relation: string,
  columns: readonly RawColumnRequest[],
  options: ReadRawBatchOptions = {},
): Promise<RawBatch> {
  const planned = await planRawColumns(session, relation, columns, options.where);
  const filter = options.where === undefined ? '' : ` WHERE (${options.where})`;
  const rowCount = await countRows(session, relation, filter, planned);
  if (planned.length === 0) return { rowCount, columns: {} };
  const dictionaries: EnumDictionary[] = [];
  try {
    const selected: string[] = [];
    for (const { request, sql } of planned) {
      if (request.type !== 'categorical') {
        selected.push(sql.value);
        continue;
      }
      const dictionary = await createEnumDictionary(session, relation, options.where, sql.value);
      dictionaries.push(dictionary);
      // Codes as INTEGER, not the ENUM itself: its vector would re-read the whole dictionary
      // for every chunk, and an Int32 buffer is what the batch holds anyway.
      selected.push(`CAST(enum_code(CAST(${sql.value} AS ${dictionary.typeName})) AS INTEGER)`);
    }
    const order = options.orderBy?.length
      ? ` ORDER BY ${options.orderBy.map((name) => quoteIdentifier(name)).join(', ')}`
      : '';
    const sql = `SELECT ${selected.join(', ')} FROM ${relation}${filter}${order}`;
    const targets = planned.map(({ request }) =>
      request.type === 'categorical' ? new Int32Array(rowCount) : new Float64Array(rowCount),
    );
    await streamInto(session, sql, targets, rowCount);
    const result: Record<string, RawColumn> = {};
    let next = 0;
    planned.forEach(({ request }, i) => {
      const target = targets[i];
      result[request.name] =
        target instanceof Int32Array
          ? { type: 'categorical', codes: target, dictionary: dictionaries[next++].values }
          : { type: request.type as 'numeric' | 'timestamp', values: target };
    });
    return { rowCount, columns: result };
  } finally {
    for (const dictionary of dictionaries) await dropEnumDictionary(session, dictionary);
  }
}

/** The row count to preallocate, and in the same scan the values that fail their cast. */
async function countRows(
  session: TabularSession,
  relation: string,
  filter: string,
  planned: readonly PlannedColumn[],
): Promise<number> {
  const checked = planned.filter(({ sql }) => sql.failures !== undefined);
  const failures = checked.map(({ sql }, i) => `count(*) FILTER (WHERE ${sql.failures}) AS f${i}`);
  const [row] = await session.rows(
    `SELECT ${['count(*) AS n', ...failures].join(', ')} FROM ${relation}${filter}`,
  );
  const problems: Problem[] = checked.flatMap(({ request, sqlType }, i) => {
    const failed = Number(row[`f${i}`]);
    if (failed === 0) return [];
    const message = `is ${sqlType} with ${failed} value(s) that are not numbers`;
    return [{ path: request.name, message }];
  });
  if (problems.length > 0) throw invalidDatasetColumns(relation, problems);
  return Number(row.n);
}

/** Streams the query chunk by chunk into the preallocated arrays, one per selected column. */
async function streamInto(
  session: TabularSession,
  sql: string,
  targets: readonly (Float64Array | Int32Array)[],
  rowCount: number,
): Promise<void> {
  let offset = 0;
  try {
    const result = await session.connection.stream(sql);
    for (let chunk = await result.fetchChunk(); chunk; chunk = await result.fetchChunk()) {
      const rows = chunk.rowCount;
      if (rows === 0) break;
      if (offset + rows > rowCount) throw new Error(`more than the ${rowCount} rows counted`);
      targets.forEach((target, i) => {
        const vector: VectorLike = chunk.getColumnVector(i);
        copyVector(vector, target, offset, target instanceof Int32Array ? -1 : Number.NaN);
      });
      offset += rows;
    }
  } catch (error) {
    throw toTabularError(error, sql);
  }
  // The relation changed between the count and the read (a view over a table being loaded).
  if (offset !== rowCount)
    throw toTabularError(new Error(`read ${offset} of ${rowCount} rows`), sql);
}
