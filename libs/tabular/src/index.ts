export { TabularErrorCode } from './errors/tabular-error-code';
export { toTabularError } from './errors/to-tabular-error';
export { profileRelation } from './profile/profile-relation';
export {
  type ColumnInfo,
  type TabularRow,
  TabularSession,
  type TabularSessionOptions,
  type TabularValue,
} from './session/tabular-session';
export { quoteIdentifier, sqlString } from './sql/sql-literals';
export { loadTable, type LoadTableRequest } from './load/load-table';
export {
  formatOfMediaType,
  isTabularFormat,
  mediaTypeOf,
  resolveFormat,
  sniffBinaryFormat,
  TABULAR_FORMATS,
  type TabularFormat,
} from './load/tabular-format';
export { writeParquet } from './write/write-parquet';
