import { type DataContract } from '../../domain/data-contract';
import { sqlString, type TabularSession } from '@loopline/tabular';
import { column } from '../sql-format';

/** Above this many distinct failing values, rows are matched by the pattern itself. */
const MAX_LISTED_VALUES = 1_000;

/**
 * For each pattern rule (by rule index), the distinct values of its column that fail it, or
 * null when there are too many to list. Categorical columns repeat a few hundred values across
 * millions of rows, so running the regular expression once per distinct value instead of once
 * per row is what keeps pattern rules cheap; the row pass then only looks the values up.
 */
export async function findPatternFailures(
  session: TabularSession,
  table: string,
  contract: DataContract,
): Promise<Map<number, string[] | null>> {
  const failures = new Map<number, string[] | null>();
  for (const [index, rule] of contract.rules.entries()) {
    if (rule.rule !== 'pattern') continue;
    const ref = column(rule.column);
    const rows = await session.rows<{ value: string }>(
      `SELECT value FROM (SELECT DISTINCT ${ref} AS value FROM ${table} WHERE ${ref} IS NOT NULL)
        WHERE NOT regexp_matches(value, ${sqlString(rule.regex)})
        LIMIT ${MAX_LISTED_VALUES + 1}`,
    );
    const values = rows.map((row) => row.value);
    failures.set(index, values.length > MAX_LISTED_VALUES ? null : values);
  }
  return failures;
}
