import {
  AllowedValuesRule,
  ContractColumn,
  EventTimeWindowRule,
  PatternRule,
  RangeRule,
} from '../../domain/data-contract';
import { sqlString } from '@loopline/tabular';
import { AggregateCheck } from '../batch-check';
import {
  column,
  formatNumber,
  formatSamples,
  formatValue,
  plural,
  typedLiteral,
  valueLiteral,
} from '../sql-format';
import { CheckContext, severityOf, typeOf } from './check-context';

/** Checks of single values, row by row: each failing row is counted and the first ones named. */
type RowCheck = Omit<AggregateCheck, 'window'>;

const FIX_ROWS = 'Correct those rows at the source and send the batch again';

export function notNullCheck(declared: ContractColumn): AggregateCheck {
  const ref = column(declared.name);
  return {
    rule: 'not_null',
    column: declared.name,
    severity: 'error',
    aggregates: {},
    failingRow: `${ref} IS NULL`,
    sampleValue: null,
    window: null,
    judge: ({ failingRowCount }) => ({
      message: `${declared.name} is declared not nullable, but ${plural(failingRowCount, 'row')} leave it empty. ${FIX_ROWS}, or declare it nullable in a new contract version.`,
      observed: `nulls=${failingRowCount}`,
      expected: 'no nulls',
    }),
  };
}

export function rangeCheck(rule: RangeRule, context: CheckContext): AggregateCheck {
  const ref = column(rule.column);
  const type = typeOf(context, rule.column);
  const outside = [
    rule.min === null ? null : `${ref} < ${valueLiteral(rule.min)}`,
    rule.max === null ? null : `${ref} > ${valueLiteral(rule.max)}`,
  ].filter((part) => part !== null);
  const expected = bounds(rule.min, rule.max, (bound) => formatNumber(bound));
  return withoutWindow({
    rule: 'range',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: { min: `min(${ref})`, max: `max(${ref})` },
    failingRow: outside.join(' OR '),
    sampleValue: ref,
    judge: ({ values, failingRowCount }) => {
      const observed = extremes(values.min, values.max, rule.min, rule.max, (value) =>
        formatValue(value, type),
      );
      return {
        message: `${rule.column} must be ${expected}, but ${plural(failingRowCount, 'row')} are outside (${observed}). ${FIX_ROWS}, or widen the range in a new contract version if the values are genuine.`,
        observed,
        expected,
      };
    },
  });
}

export function allowedValuesCheck(rule: AllowedValuesRule): AggregateCheck {
  const ref = column(rule.column);
  const expected = `one of [${rule.values.join(', ')}]`;
  return withoutWindow({
    rule: 'allowed_values',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: {},
    failingRow: `${ref} NOT IN (${rule.values.map(valueLiteral).join(', ')})`,
    sampleValue: ref,
    judge: ({ failingRowCount, samples }) => {
      const observed = formatSamples(samples.map((sample) => sample.value));
      return {
        message: `${rule.column} must be ${expected}, but ${plural(failingRowCount, 'row')} hold other values (${observed}). ${FIX_ROWS}, or allow the values in a new contract version.`,
        observed,
        expected,
      };
    },
  });
}

/**
 * `failingValues`: the column's distinct values that fail the pattern, found beforehand; none
 * means the rule holds and no row needs looking at. Null: match rows by the pattern itself.
 */
export function patternCheck(
  rule: PatternRule,
  failingValues: string[] | null,
): AggregateCheck | null {
  if (failingValues !== null && failingValues.length === 0) return null;
  const ref = column(rule.column);
  const expected = `matches /${rule.regex}/`;
  return withoutWindow({
    rule: 'pattern',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: {},
    failingRow:
      failingValues === null
        ? `NOT regexp_matches(${ref}, ${sqlString(rule.regex)})`
        : `${ref} IN (${failingValues.map(sqlString).join(', ')})`,
    sampleValue: ref,
    judge: ({ failingRowCount, samples }) => {
      const observed = formatSamples(samples.map((sample) => sample.value));
      return {
        message: `${rule.column} must match /${rule.regex}/, but ${plural(failingRowCount, 'row')} do not (${observed}). ${FIX_ROWS}.`,
        observed,
        expected,
      };
    },
  });
}

export function eventTimeWindowCheck(
  rule: EventTimeWindowRule,
  context: CheckContext,
): AggregateCheck {
  const ref = column(rule.column);
  const type = typeOf(context, rule.column);
  const instant = (iso: string): number => Date.parse(iso);
  const outside = [
    rule.notBefore === null ? null : `${ref} < ${typedLiteral(rule.notBefore, 'timestamp')}`,
    rule.notAfter === null ? null : `${ref} > ${typedLiteral(rule.notAfter, 'timestamp')}`,
  ].filter((part) => part !== null);
  const low = rule.notBefore === null ? null : instant(rule.notBefore);
  const high = rule.notAfter === null ? null : instant(rule.notAfter);
  const expected = bounds(low, high, (bound) => new Date(bound).toISOString());
  return withoutWindow({
    rule: 'event_time_window',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: { min: `min(${ref})`, max: `max(${ref})` },
    failingRow: outside.join(' OR '),
    sampleValue: ref,
    judge: ({ values, failingRowCount }) => {
      const observed = extremes(values.min, values.max, low, high, (value) =>
        formatValue(value, type),
      );
      return {
        message: `${rule.column} must be ${expected}, but ${plural(failingRowCount, 'row')} fall outside (${observed}). Check the producer's time zone and date parsing, or widen the window in a new contract version.`,
        observed,
        expected,
      };
    },
  });
}

function withoutWindow(check: RowCheck): AggregateCheck {
  return { ...check, window: null };
}

function bounds<T>(min: T | null, max: T | null, show: (bound: T) => string): string {
  if (min !== null && max !== null) return `>= ${show(min)} and <= ${show(max)}`;
  return min !== null ? `>= ${show(min)}` : `<= ${show(max as T)}`;
}

/** The extremes that broke a bound, e.g. "max=2417", or both when both did. */
function extremes(
  min: unknown,
  max: unknown,
  low: number | null,
  high: number | null,
  show: (value: number) => string,
): string {
  const parts: string[] = [];
  if (typeof min === 'number' && low !== null && min < low) parts.push(`min=${show(min)}`);
  if (typeof max === 'number' && high !== null && max > high) parts.push(`max=${show(max)}`);
  if (parts.length > 0) return parts.join(', ');
  return `min=${show(min as number)}, max=${show(max as number)}`;
}
