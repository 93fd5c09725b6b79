export { TabularErrorCode } from './errors/tabular-error-code';
export { toTabularError } from './errors/to-tabular-error';
export {
  type ColumnInfo,
  type TabularRow,
  TabularSession,
  type TabularSessionOptions,
  type TabularValue,
} from './session/tabular-session';
export { quoteIdentifier, sqlString } from './sql/sql-literals';
