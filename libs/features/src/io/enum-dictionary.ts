import { randomUUID } from 'node:crypto';
import { quoteIdentifier, type TabularSession } from '@loopline/tabular';

/** A temporary ENUM type over the distinct present values of one column of a relation. */
export interface EnumDictionary {
  /** The quoted type name, for casts. */
  typeName: string;
  /** The enum's values in order: code k is `values[k]`. */
  values: string[];
}

/**
 * Creates an ENUM of the distinct present values of `value` (a VARCHAR expression) over the
 * rows `where` keeps, sorted in the engine's binary order. Casting to it turns text into integer codes
 * inside the engine, so JavaScript copies an Int32 buffer instead of building a string per row.
 * Drop it with `dropEnumDictionary` when the read is done.
 */
export async function createEnumDictionary(
  session: TabularSession,
  relation: string,
  where: string | undefined,
  value: string,
): Promise<EnumDictionary> {
  const typeName = quoteIdentifier(`loopline_raw_${randomUUID().replaceAll('-', '')}`);
  const filter = where === undefined ? '' : `(${where}) AND `;
  await session.run(
    `CREATE TYPE ${typeName} AS ENUM (SELECT DISTINCT ${value} AS v FROM ${relation} ` +
      `WHERE ${filter}${value} IS NOT NULL ORDER BY 1)`,
  );
  const [row] = await session.rows<{ values: string[] }>(
    `SELECT enum_range(NULL::${typeName}) AS "values"`,
  );
  return { typeName, values: row.values };
}

/** Drops a type `createEnumDictionary` made. */
export async function dropEnumDictionary(
  session: TabularSession,
  dictionary: EnumDictionary,
): Promise<void> {
  await session.run(`DROP TYPE IF EXISTS ${dictionary.typeName}`);
}
