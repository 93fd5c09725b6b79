import { UniqueRule } from '../../domain/data-contract';
import { TabularSession } from '@loopline/tabular';
import { Violation, SAMPLE_ROW_LIMIT } from '../violation';
import { column, plural } from '../sql-format';
import { severityOf } from './check-context';

/**
 * Keys of the new snapshot: the parent's rows come first, then the batch's in file order, and a
 * batch row fails when an earlier row has its key. Counting is one hash aggregate; the window that
 * names the rows runs only when something failed.
 */
export async function checkUnique(
  session: TabularSession,
  rule: UniqueRule,
  batchTable: string,
  parentRelation: string | null,
): Promise<Violation | null> {
  const keys = rule.columns.map(column).join(', ');
  const present = rule.columns.map((name) => `${column(name)} IS NOT NULL`).join(' AND ');
  const parentRows =
    parentRelation === null
      ? ''
      : `SELECT ${keys}, 0 AS __source, -1 AS __row FROM ${parentRelation} WHERE ${present} UNION ALL `;
  const snapshot = `${parentRows}SELECT ${keys}, 1 AS __source, rowid AS __row FROM ${batchTable} WHERE ${present}`;
  const [counted] = await session.rows<{ failing: number }>(
    `SELECT coalesce(sum(CASE WHEN in_parent THEN batch_rows ELSE batch_rows - 1 END), 0) AS failing
     FROM (SELECT count(*) FILTER (WHERE __source = 1) AS batch_rows, bool_or(__source = 0) AS in_parent
           FROM (${snapshot}) GROUP BY ${keys})
     WHERE batch_rows > 0`,
  );
  const failing = Number(counted.failing);
  if (failing === 0) return null;
  const samples = await session.rows<{ row: number; key: string }>(
    `SELECT __row + 1 AS row, concat_ws(', ', ${rule.columns.map((name) => `CAST(${column(name)} AS VARCHAR)`).join(', ')}) AS key
     FROM (SELECT *, row_number() OVER (PARTITION BY ${keys} ORDER BY __source, __row) AS __rank FROM (${snapshot}))
     WHERE __source = 1 AND __rank > 1 ORDER BY __row LIMIT ${SAMPLE_ROW_LIMIT}`,
  );
  const scope = parentRelation === null ? 'the batch' : 'the batch and its parent version';
  const observed = `${plural(failing, 'duplicate row')}, e.g. (${samples[0].key}) at row ${samples[0].row}`;
  return {
    rule: 'unique',
    column: rule.columns.length === 1 ? rule.columns[0] : null,
    severity: severityOf(rule.severity),
    message: `(${rule.columns.join(', ')}) must be unique across ${scope}, but ${observed}. Remove the repeated rows, or send corrections as a new dataset rather than as extra rows.`,
    observed,
    expected: `unique (${rule.columns.join(', ')})`,
    failingRowCount: failing,
    sampleRows: samples.map((sample) => sample.row),
  };
}
