import { DataContract } from '../../domain/data-contract';
import { quoteIdentifier, TabularSession, TabularValue } from '@loopline/tabular';
import { column } from '../sql-format';
import { distributionStatisticSql } from './distribution-check';

/**
 * The parent version's side of the comparisons, by rule index, in one pass over its rows: the
 * distribution statistics, and the last event time (as the engine's text, to keep its precision).
 */
export async function readParentStats(
  session: TabularSession,
  parentRelation: string,
  contract: DataContract,
): Promise<Map<number, TabularValue>> {
  const typeOf = (name: string) => contract.columns.find((c) => c.name === name)?.type ?? 'string';
  const selected: string[] = [];
  contract.rules.forEach((rule, i) => {
    const alias = quoteIdentifier(`r${i}`);
    if (rule.rule === 'distribution') {
      selected.push(`${distributionStatisticSql(rule, typeOf(rule.column))} AS ${alias}`);
    } else if (rule.rule === 'event_time_monotonic' && rule.acrossVersions) {
      selected.push(`CAST(max(${column(rule.column)}) AS VARCHAR) AS ${alias}`);
    }
  });
  const stats = new Map<number, TabularValue>();
  if (selected.length === 0) return stats;
  const [row] = await session.rows(`SELECT ${selected.join(', ')} FROM ${parentRelation}`);
  for (const [alias, value] of Object.entries(row)) stats.set(Number(alias.slice(1)), value);
  return stats;
}
