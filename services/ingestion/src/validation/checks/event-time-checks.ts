import { ColumnType, EventTimeMonotonicRule, FreshnessRule } from '../../domain/data-contract';
import { AggregateCheck } from '../batch-check';
import { column, formatNumber, formatValue, plural, typedLiteral } from '../sql-format';
import { CheckContext, severityOf, typeOf } from './check-context';

const HOUR_MS = 3_600_000;

/**
 * Rows are compared with the nearest earlier row that has a time, so one late row is one failure
 * rather than a failure of every row after it.
 *
 * The window has no ORDER BY on purpose: over a plain table scan the engine streams it in
 * insertion order (file order) without sorting, several times faster than ORDER BY rowid on
 * millions of rows. A spec pins that behaviour, so an engine upgrade that changes it fails there.
 */
export function monotonicCheck(
  rule: EventTimeMonotonicRule,
  ruleIndex: number,
  context: CheckContext,
): AggregateCheck {
  const ref = column(rule.column);
  const type = typeOf(context, rule.column);
  const previous = `__previous_${ruleIndex}`;
  const parentEnd = rule.acrossVersions ? context.parentStats?.get(ruleIndex) : undefined;
  const parentLiteral = typeof parentEnd === 'string' ? typedLiteral(parentEnd, type) : null;
  const parentShown = typeof parentEnd === 'string' ? engineTimeAsIso(parentEnd, type) : null;
  const decreasing = `${ref} < ${previous}`;
  const beforeParent = parentLiteral === null ? null : `${ref} < ${parentLiteral}`;
  const expected = `non-decreasing in row order${parentLiteral === null ? '' : ` and >= parent max ${parentShown}`}`;
  return {
    rule: 'event_time_monotonic',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: {
      decreasing: `count(*) FILTER (WHERE ${decreasing})`,
      beforeParent: beforeParent === null ? '0' : `count(*) FILTER (WHERE ${beforeParent})`,
      min: `min(${ref})`,
    },
    failingRow: beforeParent === null ? decreasing : `${decreasing} OR ${beforeParent}`,
    sampleValue: ref,
    window: { alias: previous, sql: `lag(${ref} IGNORE NULLS) OVER ()` },
    judge: ({ values, failingRowCount }) => {
      const parts: string[] = [];
      if (Number(values.decreasing) > 0) {
        parts.push(`${plural(Number(values.decreasing), 'row')} earlier than the row before`);
      }
      if (Number(values.beforeParent) > 0) {
        parts.push(`min=${formatValue(values.min, type)} before parent max ${parentShown}`);
      }
      const observed = parts.join('; ');
      return {
        message: `${rule.column} must be ${expected}, but ${plural(failingRowCount, 'row')} go back in time (${observed}). Send rows sorted by ${rule.column}, and only data newer than the last version.`,
        observed,
        expected,
      };
    },
  };
}

/** The engine's text for a time ('2001-01-31 23:59:00') the way the rest of a report shows it. */
function engineTimeAsIso(text: string, type: ColumnType): string {
  return type === 'date' ? text : new Date(`${text.replace(' ', 'T')}Z`).toISOString();
}

export function freshnessCheck(rule: FreshnessRule, context: CheckContext): AggregateCheck {
  const ref = column(rule.column);
  const type = typeOf(context, rule.column);
  const expected = `newest within ${formatNumber(rule.maxAgeHours)}h of validation`;
  return {
    rule: 'freshness',
    column: rule.column,
    severity: severityOf(rule.severity),
    aggregates: { newest: `max(${ref})` },
    failingRow: null,
    sampleValue: null,
    window: null,
    judge: ({ rowCount, values }) => {
      if (rowCount === 0) return null;
      const newest = values.newest;
      const ageHours = typeof newest === 'number' ? (context.now - newest) / HOUR_MS : null;
      if (ageHours !== null && ageHours <= rule.maxAgeHours) return null;
      const observed =
        ageHours === null
          ? 'newest=none'
          : `newest=${formatValue(newest, type)} (age ${formatNumber(Math.round(ageHours))}h)`;
      return {
        message: `The newest ${rule.column} must be at most ${formatNumber(rule.maxAgeHours)} hours old, but it is ${observed}. Check that the producer exports current data, not an old extract.`,
        observed,
        expected,
      };
    },
  };
}
