/** Quotes an identifier (column or table name) for SQL, whatever characters it holds. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for SQL. Prefer bound parameters where the engine takes them. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
