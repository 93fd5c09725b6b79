import { ColumnType, DistributionRule } from '../../domain/data-contract';
import { sqlString } from '@loopline/tabular';
import { AggregateCheck } from '../batch-check';
import { column, formatNumber, isMissing } from '../sql-format';
import { CheckContext, severityOf, typeOf } from './check-context';

/** The statistic as one SQL aggregate; the same text runs over the batch and the parent. */
export function distributionStatisticSql(rule: DistributionRule, type: ColumnType): string {
  const ref = column(rule.column);
  const missing = isMissing(rule.column, type);
  switch (rule.statistic) {
    case 'mean':
      return `avg(${ref}) FILTER (WHERE NOT ${missing})`;
    case 'share':
      return `CAST(count(*) FILTER (WHERE ${ref} = ${sqlString(rule.category ?? '')}) AS DOUBLE) / NULLIF(count(${ref}), 0)`;
    case 'missing_rate':
      return `CAST(count(*) FILTER (WHERE ${missing}) AS DOUBLE) / NULLIF(count(*), 0)`;
  }
}

/** Not judged on a first version, nor when either side has no value to compare. */
export function distributionCheck(
  rule: DistributionRule,
  ruleIndex: number,
  context: CheckContext,
): AggregateCheck {
  const label = rule.statistic === 'share' ? `share(${rule.category})` : rule.statistic;
  const expected = `|change| <= ${formatNumber(rule.maxAbsoluteChange)}`;
  return {
    rule: 'distribution',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: { value: distributionStatisticSql(rule, typeOf(context, rule.column)) },
    failingRow: null,
    sampleValue: null,
    window: null,
    judge: ({ values }) => {
      const parent = context.parentStats?.get(ruleIndex);
      if (typeof parent !== 'number' || typeof values.value !== 'number') return null;
      const change = values.value - parent;
      if (Math.abs(change) <= rule.maxAbsoluteChange) return null;
      const sign = change > 0 ? '+' : '';
      const observed = `${label}=${formatNumber(values.value)} vs parent ${formatNumber(parent)} (change ${sign}${formatNumber(change)})`;
      return {
        message: `${label} of ${rule.column} may move by at most ${formatNumber(rule.maxAbsoluteChange)} from the parent version, but ${observed}. Check the batch for a changed unit, encoding or filter at the source; if the shift is real, loosen the rule in a new contract version.`,
        observed,
        expected,
      };
    },
  };
}
