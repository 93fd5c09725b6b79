/** The value types a contract column can declare. */
export const COLUMN_TYPES = [
  'integer',
  'number',
  'string',
  'boolean',
  'timestamp',
  'date',
] as const;

export type ColumnType = (typeof COLUMN_TYPES)[number];

/**
 * How each contract type is stored. A dataset version's rows always have these types, so a
 * parent version can be compared with a new batch without casting.
 */
export const SQL_TYPE_BY_COLUMN_TYPE: Readonly<Record<ColumnType, string>> = {
  integer: 'BIGINT',
  number: 'DOUBLE',
  string: 'VARCHAR',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
};

/** Types an event time can have. */
export const EVENT_TIME_TYPES: readonly ColumnType[] = ['timestamp', 'date'];

/** Types numeric rules (range, mean) apply to. */
export const NUMERIC_TYPES: readonly ColumnType[] = ['integer', 'number'];
