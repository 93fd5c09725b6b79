import { MaxMissingRateRule, RowCountRule } from '../../domain/data-contract';
import { AggregateCheck, CheckObservation, Finding } from '../batch-check';
import { formatNumber, isMissing } from '../sql-format';
import { CheckContext, severityOf, typeOf } from './check-context';

/** Checks of the batch as a whole: no row is at fault on its own. */
function tableCheck(
  check: Pick<AggregateCheck, 'rule' | 'column' | 'severity'>,
  judge: (observation: CheckObservation) => Finding | null,
  aggregates: Record<string, string> = {},
): AggregateCheck {
  return { ...check, aggregates, failingRow: null, sampleValue: null, window: null, judge };
}

export function rowCountCheck(rule: RowCountRule): AggregateCheck {
  const expected = [
    rule.min === null ? null : `>= ${rule.min}`,
    rule.max === null ? null : `<= ${rule.max}`,
  ]
    .filter((part) => part !== null)
    .join(' and ');
  const base = { rule: 'row_count' as const, column: null, severity: severityOf(rule.severity) };
  return tableCheck(base, ({ rowCount }) => {
    const tooFew = rule.min !== null && rowCount < rule.min;
    const tooMany = rule.max !== null && rowCount > rule.max;
    if (!tooFew && !tooMany) return null;
    return {
      message: `The batch must hold ${expected} rows, but it holds ${rowCount}. ${tooFew ? 'Check that the export finished and that the right file was uploaded' : 'Split the batch into several smaller ones'}.`,
      observed: `rows=${rowCount}`,
      expected,
    };
  });
}

/** The producer's own count: a mismatch means a truncated or substituted upload. */
export function rowCountClaimCheck(claimed: number): AggregateCheck {
  const base = { rule: 'row_count_claim' as const, column: null, severity: 'error' as const };
  return tableCheck(base, ({ rowCount }) =>
    rowCount === claimed
      ? null
      : {
          message: `The producer announced ${claimed} rows, but the file holds ${rowCount}. The upload may be truncated or the wrong file; upload it again with its correct row count.`,
          observed: `rows=${rowCount}`,
          expected: `= ${claimed} (claimed)`,
        },
  );
}

export function maxMissingRateCheck(
  rule: MaxMissingRateRule,
  context: CheckContext,
): AggregateCheck {
  const missing = isMissing(rule.column, typeOf(context, rule.column));
  const expected = `<= ${formatNumber(rule.max)}`;
  const base = {
    rule: 'max_missing_rate' as const,
    column: rule.column,
    severity: severityOf(rule.severity),
  };
  return tableCheck(
    base,
    ({ rowCount, values }) => {
      if (rowCount === 0) return null;
      const rate = Number(values.missing) / rowCount;
      if (rate <= rule.max) return null;
      const observed = `missing_rate=${formatNumber(rate)}`;
      return {
        message: `At most ${formatNumber(rule.max)} of ${rule.column} may be missing, but ${observed} (${values.missing} of ${rowCount} rows). Find out why the producer lost these values before sending the batch again.`,
        observed,
        expected,
      };
    },
    { missing: `count(*) FILTER (WHERE ${missing})` },
  );
}
