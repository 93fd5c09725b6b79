import { DataType, type Field, type Table, type Vector } from 'apache-arrow';
import type { Problem } from '../errors/problem';
import type { RawBatch, RawColumn } from '../transform/raw-batch';
import { arrowValues, codesWithNulls } from './arrow-arrays';
import { RAW_INPUTS_FORMAT, RAW_INPUTS_METADATA } from './raw-inputs';

const OWN = { enumerable: true, writable: true, configurable: true } as const;

/** The raw batch a decoded Arrow table holds, or the faults that keep it from being one. */
export function rawInputsFromArrow(table: Table): RawBatch | Problem[] {
  const format = table.schema.metadata.get(RAW_INPUTS_METADATA.format);
  if (format !== RAW_INPUTS_FORMAT) {
    return [
      { path: RAW_INPUTS_METADATA.format, message: `is ${format}, not ${RAW_INPUTS_FORMAT}` },
    ];
  }
  const problems: Problem[] = [];
  const rowCount = Number(table.schema.metadata.get(RAW_INPUTS_METADATA.rowCount));
  if (!Number.isSafeInteger(rowCount) || (table.numCols > 0 && rowCount !== table.numRows)) {
    problems.push({
      path: RAW_INPUTS_METADATA.rowCount,
      message: `does not match ${table.numRows} rows`,
    });
  }
  const columns: Record<string, RawColumn> = {};
  table.schema.fields.forEach((field, i) => {
    const fault = (message: string): null => {
      problems.push({ path: field.name, message });
      return null;
    };
    if (Object.hasOwn(columns, field.name)) {
      fault('is a column name taken twice');
      return;
    }
    const column = toColumn(field, table.getChildAt(i) as Vector, fault);
    // Defined, not assigned: a column may be called anything, `__proto__` included.
    if (column) Object.defineProperty(columns, field.name, { ...OWN, value: column });
  });
  return problems.length > 0 ? problems : { rowCount, columns };
}

function toColumn(
  field: Field,
  vector: Vector,
  fault: (message: string) => null,
): RawColumn | null {
  const kind =
    field.metadata.get(RAW_INPUTS_METADATA.kind) ??
    (DataType.isDictionary(field.type) ? 'categorical' : undefined);
  if (kind === undefined || kind === 'numeric' || kind === 'timestamp') {
    const values = arrowValues(vector, Float64Array);
    if (!values) return fault('is not Float64');
    return { type: kind ?? 'numeric', values: nanAtNulls(vector, values) };
  }
  if (kind === 'categorical') return categorical(field, vector, fault);
  return fault(`has ${RAW_INPUTS_METADATA.kind} ${kind}, not numeric, timestamp or categorical`);
}

function categorical(
  field: Field,
  vector: Vector,
  fault: (message: string) => null,
): RawColumn | null {
  const type = field.type;
  if (!DataType.isDictionary(type) || !DataType.isUtf8(type.dictionary)) {
    return fault('is not a dictionary of strings');
  }
  const codes = arrowValues(vector, Int32Array);
  // Every batch must share the one dictionary for the codes to mean one thing.
  const dictionaries = new Set(vector.data.map((data) => data.dictionary));
  const [dictionary] = dictionaries;
  if (!codes || dictionaries.size > 1 || (vector.length > 0 && !dictionary)) {
    return fault('does not hold Int32 codes into one dictionary');
  }
  const values = (dictionary?.toArray() ?? []) as (string | null)[];
  if (values.some((value) => value === null)) return fault('has a null in its dictionary');
  return {
    type: 'categorical',
    codes: codesWithNulls(vector, codes),
    dictionary: values as string[],
  };
}

/**
 * The values with NaN at the nulls. This library writes NaN, never a null, so its files come
 * back as the IPC buffer as is; a file another writer made with nulls is copied and patched.
 */
function nanAtNulls(vector: Vector, values: Float64Array): Float64Array {
  if (vector.nullCount === 0) return values;
  const patched = values.slice();
  for (let i = 0; i < patched.length; i++) if (!vector.isValid(i)) patched[i] = Number.NaN;
  return patched;
}
