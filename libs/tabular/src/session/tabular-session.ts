import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { toTabularError } from '../errors/to-tabular-error';

export interface TabularSessionOptions {
  /** Upper bound on the engine's memory; beyond it, large operators spill to `tempDirectory`. */
  memoryLimitMb?: number;
  /** Engine threads; defaults to the engine's choice (one per core). */
  threads?: number;
  /** Where spilled intermediate results go; the engine's default (in memory only) when unset. */
  tempDirectory?: string;
}

/** A column as the engine sees it. */
export interface ColumnInfo {
  name: string;
  sqlType: string;
}

/** A value as `rows()` returns it: integers and timestamps become plain numbers (timestamps as epoch ms). */
export type TabularValue = number | string | boolean | null | TabularValue[];
export type TabularRow = Record<string, TabularValue>;

/**
 * One private, in-memory DuckDB database for one unit of work (a batch to validate, a feature set
 * to materialize). Queries run on the engine's own threads, so awaiting them leaves the event
 * loop free. Close it when done: the memory is the engine's, not the garbage collector's.
 */
export class TabularSession {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(options: TabularSessionOptions = {}): Promise<TabularSession> {
    const settings: Record<string, string> = {};
    if (options.memoryLimitMb !== undefined) settings.memory_limit = `${options.memoryLimitMb}MB`;
    if (options.threads !== undefined) settings.threads = String(options.threads);
    if (options.tempDirectory !== undefined) settings.temp_directory = options.tempDirectory;
    const instance = await DuckDBInstance.create(':memory:', settings);
    return new TabularSession(instance, await instance.connect());
  }

  /** Runs a statement whose result is not needed (DDL, COPY, INSERT). */
  async run(sql: string, params?: readonly TabularValue[]): Promise<void> {
    try {
      await this.connection.run(sql, params as never);
    } catch (error) {
      throw toTabularError(error, sql);
    }
  }

  /** Runs a query and returns its rows as plain objects. Meant for small results (aggregates, samples). */
  async rows<T extends TabularRow = TabularRow>(
    sql: string,
    params?: readonly TabularValue[],
  ): Promise<T[]> {
    try {
      const reader = await this.connection.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJS().map((row) => toPlainRow(row) as T);
    } catch (error) {
      throw toTabularError(error, sql);
    }
  }

  /** The columns of a table or view, in order. */
  async columns(relation: string): Promise<ColumnInfo[]> {
    const described = await this.rows<{ column_name: string; column_type: string }>(
      `DESCRIBE ${relation}`,
    );
    return described.map((row) => ({ name: row.column_name, sqlType: row.column_type }));
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function toPlainRow(row: Record<string, unknown>): TabularRow {
  const plain: TabularRow = {};
  for (const [key, value] of Object.entries(row)) plain[key] = toPlainValue(value);
  return plain;
}

function toPlainValue(value: unknown): TabularValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}
