import { ColumnType, DataContract, RuleSeverity } from '../../domain/data-contract';
import { TabularValue } from '@loopline/tabular';
import { ViolationSeverity } from '../violation';

/** What building a batch's checks needs besides the rule itself. */
export interface CheckContext {
  contract: DataContract;
  /** Parent-version statistics by rule index; null for a first version. */
  parentStats: ReadonlyMap<number, TabularValue> | null;
  claimedRowCount: number | null;
  /** Epoch milliseconds at validation, for freshness. */
  now: number;
  /** Distinct failing values per pattern rule index (null: too many to list); see pattern-failures. */
  patternFailures: ReadonlyMap<number, string[] | null>;
}

export function typeOf(context: CheckContext, name: string): ColumnType {
  const declared = context.contract.columns.find((column) => column.name === name);
  if (declared === undefined) throw new Error(`column '${name}' is not in the contract`);
  return declared.type;
}

export function severityOf(severity: RuleSeverity): ViolationSeverity {
  return severity === 'warn' ? 'warning' : 'error';
}
