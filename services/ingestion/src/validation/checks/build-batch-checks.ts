import { ContractRule } from '../../domain/data-contract';
import { AggregateCheck } from '../batch-check';
import { CheckContext } from './check-context';
import { distributionCheck } from './distribution-check';
import { freshnessCheck, monotonicCheck } from './event-time-checks';
import { maxMissingRateCheck, rowCountCheck, rowCountClaimCheck } from './table-rule-checks';
import {
  allowedValuesCheck,
  eventTimeWindowCheck,
  notNullCheck,
  patternCheck,
  rangeCheck,
} from './value-rule-checks';

/** A check with its place in the contract: columns first, then the claim, then each rule. */
export interface PlacedCheck {
  order: number;
  check: AggregateCheck;
}

/** Positions a contract's rule gets in the report, after its columns and the row-count claim. */
export function ruleOrder(context: CheckContext, ruleIndex: number): number {
  return context.contract.columns.length + 1 + ruleIndex;
}

/** Every aggregate check of a batch; `unique` rules run separately (they need the parent's rows). */
export function buildBatchChecks(context: CheckContext): PlacedCheck[] {
  const { contract } = context;
  const placed: PlacedCheck[] = [];
  contract.columns.forEach((declared, i) => {
    if (!declared.nullable) placed.push({ order: i, check: notNullCheck(declared) });
  });
  if (context.claimedRowCount !== null) {
    placed.push({
      order: contract.columns.length,
      check: rowCountClaimCheck(context.claimedRowCount),
    });
  }
  contract.rules.forEach((rule, i) => {
    const check = ruleCheck(rule, i, context);
    if (check !== null) placed.push({ order: ruleOrder(context, i), check });
  });
  return placed;
}

function ruleCheck(
  rule: ContractRule,
  index: number,
  context: CheckContext,
): AggregateCheck | null {
  switch (rule.rule) {
    case 'range':
      return rangeCheck(rule, context);
    case 'allowed_values':
      return allowedValuesCheck(rule);
    case 'pattern':
      return patternCheck(rule, context.patternFailures.get(index) ?? null);
    case 'max_missing_rate':
      return maxMissingRateCheck(rule, context);
    case 'row_count':
      return rowCountCheck(rule);
    case 'event_time_monotonic':
      return monotonicCheck(rule, index, context);
    case 'event_time_window':
      return eventTimeWindowCheck(rule, context);
    case 'freshness':
      return freshnessCheck(rule, context);
    case 'distribution':
      return distributionCheck(rule, index, context);
    case 'unique':
      return null;
  }
}
