import type { Problem } from '../errors/problem';
import { invalidInput } from './feature-errors';
import type { InputColumn, RawBatch, RawColumn } from './raw-batch';
import { readRecordValue } from './record-value';

function columnFromRecords(
  input: InputColumn,
  rows: readonly Readonly<Record<string, unknown>>[],
  problems: Problem[],
): RawColumn {
  const n = rows.length;
  const numbers = input.type === 'categorical' ? null : new Float64Array(n);
  const codes = input.type === 'categorical' ? new Int32Array(n) : null;
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    // A missing key is a missing value, as a null is: callers may leave out what they lack.
    const field = typeof row === 'object' && row !== null ? row[input.name] : undefined;
    const read = readRecordValue(input.type, field);
    if (!read.ok) problems.push({ path: `[${i}].${input.name}`, message: read.message });
    const value = read.ok ? read.value : null;
    if (numbers !== null) numbers[i] = typeof value === 'number' ? value : NaN;
    if (codes !== null) {
      if (typeof value !== 'string') {
        codes[i] = -1;
        continue;
      }
      let code = codeOf.get(value);
      if (code === undefined) {
        code = dictionary.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[i] = code;
    }
  }
  if (codes !== null) return { type: 'categorical', codes, dictionary };
  return { type: input.type as 'numeric' | 'timestamp', values: numbers as Float64Array };
}

/**
 * The raw batch of request rows (JSON objects), for the serving path. numeric: a number or a
 * numeric string; timestamp: epoch ms, an ISO-8601 string (UTC when it has no zone) or a Date;
 * categorical: a string, or a number or boolean in its string form. null, undefined and a
 * missing key are missing values ('' too, except for categorical, where it is a value); keys
 * not among the input columns are ignored. Anything else throws InvalidInput listing every
 * field at fault (`[i].column`), so a client fixes a request in one round trip.
 */
export function rawBatchFromRecords(
  inputColumns: readonly InputColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
): RawBatch {
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push({ path: `[${i}]`, message: 'must be a JSON object' });
    }
  });
  const columns: Record<string, RawColumn> = {};
  for (const input of inputColumns) columns[input.name] = columnFromRecords(input, rows, problems);
  if (problems.length > 0) throw invalidInput('Request rows', problems);
  return { rowCount: rows.length, columns };
}
