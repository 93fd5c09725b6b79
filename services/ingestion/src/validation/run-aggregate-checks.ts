import { quoteIdentifier, TabularSession, TabularValue } from '@loopline/tabular';
import { AggregateCheck, PlacedViolation, SampleRow } from './batch-check';
import { PlacedCheck } from './checks/build-batch-checks';
import { SAMPLE_ROW_LIMIT } from './violation';

/** The checks' judgement of one relation, and how many rows it has. */
export interface AggregateOutcome {
  rowCount: number;
  violations: PlacedViolation[];
}

/**
 * Evaluates every check in one aggregate pass over `table` (counting failing rows with FILTER),
 * then fetches sample rows only for the row-level checks that failed. Row numbers are the table's
 * rowids plus one: file order, 1-based.
 *
 * Checks that read a window (row order) get a second pass of their own: the streaming window runs
 * on one thread and would hold the whole pass to it, which costs more than scanning again.
 */
export async function runAggregateChecks(
  session: TabularSession,
  table: string,
  placed: readonly PlacedCheck[],
): Promise<AggregateOutcome> {
  const stats: Record<string, TabularValue> = {};
  for (const windowed of [false, true]) {
    const selected = windowed ? [] : ['count(*) AS "rows"'];
    const checks: AggregateCheck[] = [];
    placed.forEach(({ check }, i) => {
      if ((check.window !== null) !== windowed) return;
      checks.push(check);
      for (const [key, sql] of Object.entries(check.aggregates)) {
        selected.push(`${sql} AS ${quoteIdentifier(`c${i}.${key}`)}`);
      }
      if (check.failingRow !== null) {
        selected.push(`count(*) FILTER (WHERE ${check.failingRow}) AS ${quoteIdentifier(`c${i}`)}`);
      }
    });
    if (selected.length === 0) continue;
    const [row] = await session.rows(
      `SELECT ${selected.join(', ')} FROM ${sourceOf(table, checks)}`,
    );
    Object.assign(stats, row);
  }
  const rowCount = Number(stats.rows);
  const violations: PlacedViolation[] = [];
  for (const [i, { order, check }] of placed.entries()) {
    const failingRowCount = check.failingRow === null ? 0 : Number(stats[`c${i}`]);
    if (check.failingRow !== null && failingRowCount === 0) continue;
    const samples =
      check.failingRow === null ? [] : await sampleRows(session, sourceOf(table, [check]), check);
    const finding = check.judge({ rowCount, values: valuesOf(stats, i), failingRowCount, samples });
    if (finding === null) continue;
    const { rule, column, severity } = check;
    violations.push({
      order,
      violation: {
        rule,
        column,
        severity,
        ...finding,
        failingRowCount,
        sampleRows: samples.map((sample) => sample.row),
      },
    });
  }
  return { rowCount, violations };
}

/** The table with its row position, plus the window columns some checks compare rows through. */
function sourceOf(table: string, checks: readonly AggregateCheck[]): string {
  const windows = checks
    .map((check) => check.window)
    .filter((window) => window !== null)
    .map((window) => `, ${window.sql} AS ${window.alias}`);
  return `(SELECT rowid AS __row, *${windows.join('')} FROM ${table})`;
}

async function sampleRows(
  session: TabularSession,
  source: string,
  check: AggregateCheck,
): Promise<SampleRow[]> {
  const value = check.sampleValue === null ? 'NULL' : `CAST(${check.sampleValue} AS VARCHAR)`;
  const rows = await session.rows<{ row: number; value: string | null }>(
    `SELECT __row + 1 AS row, ${value} AS value FROM ${source}
     WHERE ${check.failingRow} ORDER BY __row LIMIT ${SAMPLE_ROW_LIMIT}`,
  );
  return rows.map((row) => ({ row: Number(row.row), value: row.value }));
}

function valuesOf(
  stats: Record<string, TabularValue>,
  index: number,
): Record<string, TabularValue> {
  const prefix = `c${index}.`;
  return Object.fromEntries(
    Object.entries(stats)
      .filter(([alias]) => alias.startsWith(prefix))
      .map(([alias, value]) => [alias.slice(prefix.length), value]),
  );
}
