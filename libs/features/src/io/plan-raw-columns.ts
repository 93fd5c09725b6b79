import type { TabularSession } from '@loopline/tabular';
import type { Problem } from '../errors/problem';
import type { RawColumnType } from '../transform/raw-batch';
import { invalidDatasetColumns } from './io-errors';
import { rawColumnSql, type RawColumnSql } from './raw-column-sql';

/** How many of the relation's columns a "no such column" problem lists. */
const LISTED_COLUMNS = 20;

/** A requested column with its engine type and the SQL that reads it. */
export interface PlannedColumn {
  request: { name: string; type: RawColumnType };
  sqlType: string;
  sql: RawColumnSql;
}

/**
 * Looks every requested column up in the relation and plans its read, collecting every
 * missing or mistyped column into one FEATURES.INVALID_INPUT so all are fixed in one round.
 */
export async function planRawColumns(
  session: TabularSession,
  relation: string,
  requests: readonly { name: string; type: RawColumnType }[],
  where: string | undefined,
): Promise<PlannedColumn[]> {
  // DESCRIBE takes tables and queries but not table functions; a query over the relation takes all.
  const described = await session.rows<{ column_name: string; column_type: string }>(
    `DESCRIBE SELECT * FROM ${relation}${where === undefined ? '' : ` WHERE (${where})`}`,
  );
  const types = new Map(described.map((row) => [row.column_name, row.column_type]));
  const problems: Problem[] = [];
  const planned: PlannedColumn[] = [];
  const seen = new Set<string>();
  for (const request of requests) {
    const sqlType = types.get(request.name);
    if (seen.has(request.name)) {
      problems.push({ path: request.name, message: 'is requested twice' });
    } else if (sqlType === undefined) {
      const known = [...types.keys()];
      const listed =
        known.slice(0, LISTED_COLUMNS).join(', ') + (known.length > LISTED_COLUMNS ? ', …' : '');
      problems.push({ path: request.name, message: `no such column (the relation has ${listed})` });
    } else {
      const sql = rawColumnSql(request.name, request.type, sqlType);
      if (typeof sql === 'string') {
        problems.push({ path: request.name, message: `${sql}; it is read as ${request.type}` });
      } else planned.push({ request: { name: request.name, type: request.type }, sqlType, sql });
    }
    seen.add(request.name);
  }
  if (problems.length > 0) throw invalidDatasetColumns(relation, problems);
  return planned;
}
