import type { FilterClause } from './run-filter.parser';
import type { OrderKey } from './run-order.parser';
import type { RunField } from './run-fields';

/** What one page of a search asks for; `after` holds the previous page's last sort values. */
export interface RunSearchSpec {
  filter: FilterClause[];
  order: OrderKey[];
  /** One text value (or null) per order key, then the run id. */
  after: (string | null)[] | null;
  /** Rows to fetch: one more than the page size tells whether another page follows. */
  limit: number;
}

export interface CompiledSearch {
  sql: string;
  params: unknown[];
}

interface SortExpression {
  sql: string;
  /** The type a page token's text value is cast back to. */
  sqlType: string;
  nullable: boolean;
  descending: boolean;
}

/**
 * Compiles a search into one parameterised query over `runsTable` (a quoted, qualified name).
 * Keys and values are always bound parameters; only catalogue columns are written into the SQL.
 * Each selected row also carries its sort values as text (`sort_0`, ...) for the next page token.
 */
export function compileRunSearch(
  runsTable: string,
  columns: string,
  spec: RunSearchSpec,
): CompiledSearch {
  const params: unknown[] = [];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const sorts = sortExpressions(spec.order, bind);
  const where = spec.filter.map((clause) => clauseSql(clause, bind));
  if (spec.after !== null) where.push(afterSql(sorts, spec.after, bind));
  const sortColumns = sorts.map((sort, index) => `(${sort.sql})::text AS sort_${index}`);
  const orderBy = sorts.map(
    (sort) =>
      `${sort.sql} ${sort.descending ? 'DESC' : 'ASC'}${sort.nullable ? ' NULLS LAST' : ''}`,
  );
  const sql =
    `SELECT ${columns}, ${sortColumns.join(', ')} FROM ${runsTable} r` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${orderBy.join(', ')} LIMIT ${bind(spec.limit)}`;
  return { sql, params };
}

function valueSql(field: RunField, bind: (value: unknown) => string): string {
  switch (field.entity) {
    case 'metrics':
      return `(r.metrics ->> ${bind(field.key)})::float8`;
    case 'params':
    case 'tags':
      return `r.${field.entity} ->> ${bind(field.key)}`;
    case 'attributes':
      return field.attribute.column;
  }
}

function sqlTypeOf(field: RunField): string {
  if (field.entity === 'attributes') return field.attribute.sqlType;
  return field.entity === 'metrics' ? 'float8' : 'text';
}

/** The requested keys, then the run id in the last key's direction so every order is total. */
function sortExpressions(order: OrderKey[], bind: (value: unknown) => string): SortExpression[] {
  const sorts = order.map((key) => ({
    sql: valueSql(key.field, bind),
    sqlType: sqlTypeOf(key.field),
    nullable: key.field.entity !== 'attributes' || key.field.attribute.nullable,
    descending: key.descending,
  }));
  const last = order[order.length - 1];
  return [...sorts, { sql: 'r.id', sqlType: 'uuid', nullable: false, descending: last.descending }];
}

const SQL_COMPARATOR: Readonly<Record<string, string>> = {
  '=': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  LIKE: 'LIKE',
  ILIKE: 'ILIKE',
};

function clauseSql(clause: FilterClause, bind: (value: unknown) => string): string {
  const { field } = clause;
  // Equality on a param or tag is containment, which the GIN indexes on those columns serve.
  if (clause.comparator === '=' && (field.entity === 'params' || field.entity === 'tags'))
    return `r.${field.entity} @> ${bind(JSON.stringify({ [field.key]: clause.value }))}::jsonb`;
  const left = valueSql(field, bind);
  if (clause.comparator === 'IN') return `${left} = ANY(${bind(clause.value)}::text[])`;
  if (clause.comparator === 'NOT IN') return `${left} <> ALL(${bind(clause.value)}::text[])`;
  return `${left} ${SQL_COMPARATOR[clause.comparator]} ${bind(clause.value)}::${sqlTypeOf(field)}`;
}

/**
 * Rows strictly after the cursor in the sort order. Keys all in one direction and never null
 * compare as one row value (which an index on them serves); otherwise key by key, nulls last.
 */
function afterSql(
  sorts: SortExpression[],
  after: (string | null)[],
  bind: (value: unknown) => string,
): string {
  const bound = new Map<number, string>();
  const typed = (index: number) => {
    if (!bound.has(index)) bound.set(index, `${bind(after[index])}::${sorts[index].sqlType}`);
    return bound.get(index)!;
  };
  const direction = sorts[0].descending;
  if (sorts.every((sort) => !sort.nullable && sort.descending === direction)) {
    const left = sorts.map((sort) => sort.sql).join(', ');
    const right = sorts.map((_, index) => typed(index)).join(', ');
    return `(${left}) ${direction ? '<' : '>'} (${right})`;
  }
  const alternatives = sorts.map((sort, index) => {
    const equal = sorts
      .slice(0, index)
      .map((previous, j) =>
        after[j] === null ? `${previous.sql} IS NULL` : `${previous.sql} = ${typed(j)}`,
      );
    // Nothing sorts after a null but other nulls, which the later keys order.
    if (after[index] === null) return null;
    const beyond = `${sort.sql} ${sort.descending ? '<' : '>'} ${typed(index)}`;
    const step = sort.nullable ? `(${beyond} OR ${sort.sql} IS NULL)` : beyond;
    return [...equal, step].join(' AND ');
  });
  return `(${alternatives
    .filter((each) => each !== null)
    .map((each) => `(${each})`)
    .join(' OR ')})`;
}
