import { ColumnType, SQL_TYPE_BY_COLUMN_TYPE } from '../domain/data-contract';
import { column } from './sql-format';

/** How a loaded column becomes its contract type. */
export interface ColumnCast {
  /** SQL producing the contract-typed value. */
  expression: string;
  /** SQL true for a row whose value is present but does not convert; null when all convert. */
  failingRow: string | null;
}

type LoadedFamily = 'integer' | 'fraction' | 'string' | 'boolean' | 'timestamp' | 'date' | 'null';

const INTEGER_TYPES = /^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/;
const FRACTION_TYPES = /^(FLOAT|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?)$/;
const TIMESTAMP_TYPES = /^TIMESTAMP(_S|_MS|_NS| WITH TIME ZONE)?$/;

/** Which loaded families each contract type accepts; loaders differ in what they infer. */
const ACCEPTED: Readonly<Record<ColumnType, readonly LoadedFamily[]>> = {
  integer: ['integer', 'fraction', 'string'],
  number: ['integer', 'fraction', 'string'],
  string: ['string', 'integer', 'fraction', 'boolean', 'timestamp', 'date'],
  boolean: ['boolean', 'string'],
  timestamp: ['timestamp', 'date', 'string'],
  date: ['date', 'timestamp', 'string'],
};

/**
 * Plans the conversion of a loaded column (engine type `loadedType`, e.g. VARCHAR from a CSV)
 * to the contract type; null when no value of that type could ever convert.
 */
export function planColumnCast(
  name: string,
  loadedType: string,
  target: ColumnType,
): ColumnCast | null {
  const ref = column(name);
  const sqlType = SQL_TYPE_BY_COLUMN_TYPE[target];
  if (loadedType === sqlType) return { expression: ref, failingRow: null };
  const family = familyOf(loadedType);
  if (family === 'null') return { expression: `CAST(${ref} AS ${sqlType})`, failingRow: null };
  if (family === null || !ACCEPTED[target].includes(family)) return null;
  const converted = `TRY_CAST(${ref} AS ${sqlType})`;
  const lost = lossCheck(ref, converted, family, target);
  return {
    expression: converted,
    failingRow: `${ref} IS NOT NULL AND (${converted} IS NULL${lost === null ? '' : ` OR ${lost}`})`,
  };
}

/**
 * Conversions the engine makes by rounding or truncating (1.5 to 2, a time of day dropped from a
 * date) would silently change data; they count as values that do not convert.
 */
function lossCheck(
  ref: string,
  converted: string,
  family: LoadedFamily,
  target: ColumnType,
): string | null {
  if (target === 'integer' && family !== 'integer')
    return `TRY_CAST(${ref} AS DOUBLE) <> ${converted}`;
  if (target === 'date' && family === 'timestamp') return `${converted} <> ${ref}`;
  if (target === 'date' && family === 'string')
    return `TRY_CAST(${ref} AS TIMESTAMP) <> ${converted}`;
  return null;
}

function familyOf(sqlType: string): LoadedFamily | null {
  if (INTEGER_TYPES.test(sqlType)) return 'integer';
  if (FRACTION_TYPES.test(sqlType)) return 'fraction';
  if (TIMESTAMP_TYPES.test(sqlType)) return 'timestamp';
  if (sqlType === 'VARCHAR' || sqlType.startsWith('ENUM(')) return 'string';
  if (sqlType === 'BOOLEAN') return 'boolean';
  if (sqlType === 'DATE') return 'date';
  if (sqlType === '"NULL"' || sqlType === 'NULL') return 'null';
  return null;
}
