import type { TabularSession } from '../session/tabular-session';
import { sqlString } from '../sql/sql-literals';

/**
 * Writes a relation to one Parquet file, ZSTD-compressed, rows in the relation's order. The
 * same rows give the same bytes with the same engine version, so content addresses are stable
 * across reruns.
 */
export async function writeParquet(
  session: TabularSession,
  relation: string,
  path: string,
): Promise<void> {
  await session.run(
    `COPY (SELECT * FROM ${relation}) TO ${sqlString(path)} ` +
      '(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)',
  );
}
