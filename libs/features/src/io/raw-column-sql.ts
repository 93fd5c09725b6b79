import type { RawColumnType } from '../transform/raw-batch';
import { quoteIdentifier } from '@loopline/tabular';

/**
 * How one requested column is read: `value` is the SQL of a DOUBLE (numeric, timestamp) or
 * VARCHAR (categorical, before it becomes an enum code), NULL where the value is missing.
 * `failures`, when set, is a condition true for a present value that does not convert.
 */
export interface RawColumnSql {
  value: string;
  failures?: string;
}

const NUMBER_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;
const TIME_TYPE =
  /^(DATE|TIMESTAMP|TIMESTAMP WITH TIME ZONE|TIMESTAMP_S|TIMESTAMP_MS|TIMESTAMP_NS)$/;
/** An ISO time of day followed by a UTC offset (`Z`, `+02`, `-05:30`, `+0530`). */
const WITH_OFFSET = String.raw`\d:\d\d(:\d\d(\.\d+)?)?\s*([zZ]|[+-]\d\d(:?\d\d)?)$`;

/** The SQL reading `name` of engine type `sqlType` as `type`, or why it cannot be read so. */
export function rawColumnSql(
  name: string,
  type: RawColumnType,
  sqlType: string,
): RawColumnSql | string {
  const column = quoteIdentifier(name);
  const isNumber = NUMBER_TYPE.test(sqlType) || sqlType === 'BOOLEAN';
  if (type === 'numeric') {
    // NaN and ±Infinity become NULL here, so missing has one representation (NaN) in JS.
    const double = `CAST(${column} AS DOUBLE)`;
    if (isNumber) return { value: `CASE WHEN isfinite(${double}) THEN ${double} END` };
    if (sqlType === 'VARCHAR') {
      const parsed = `TRY_CAST(${column} AS DOUBLE)`;
      return {
        value: `CASE WHEN isfinite(${parsed}) THEN ${parsed} END`,
        failures: `${column} IS NOT NULL AND ${parsed} IS NULL`,
      };
    }
    return `is ${sqlType}, not a number (or text holding numbers)`;
  }
  if (type === 'timestamp') {
    if (TIME_TYPE.test(sqlType)) {
      return {
        value: `CASE WHEN isfinite(${column}) THEN CAST(epoch_ms(${column}) AS DOUBLE) END`,
      };
    }
    if (sqlType === 'VARCHAR') {
      // A cast to TIMESTAMP drops a UTC offset without applying it, and one to TIMESTAMPTZ
      // reads a string without offset in the session's time zone: each gets the strings it
      // reads right. Unparseable strings are missing, as the contract says.
      const zoned = `epoch_ms(TRY_CAST(${column} AS TIMESTAMPTZ))`;
      const plain = `epoch_ms(TRY_CAST(${column} AS TIMESTAMP))`;
      const offset = `regexp_matches(${column}, '${WITH_OFFSET}')`;
      return { value: `CAST(CASE WHEN ${offset} THEN ${zoned} ELSE ${plain} END AS DOUBLE)` };
    }
    return `is ${sqlType}, not a date, timestamp or ISO 8601 text`;
  }
  if (isNumber || sqlType === 'VARCHAR' || sqlType.startsWith('ENUM(')) {
    return { value: `CAST(${column} AS VARCHAR)` };
  }
  return `is ${sqlType}, not text, a number or a boolean`;
}
