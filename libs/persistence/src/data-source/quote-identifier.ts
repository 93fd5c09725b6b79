import { ErrorKind, PlatformError } from '@loopline/errors';
import { PersistenceErrorCode } from '../persistence-error-code';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Checks a schema or table name and returns it double-quoted for SQL. Identifiers cannot be
 * bound as query parameters, so only plain lower-case ones are accepted: nothing to escape.
 */
export function quoteIdentifier(
  name: string | undefined,
  what: 'schema' | 'table' = 'schema',
): string {
  if (name === undefined || !IDENTIFIER.test(name)) {
    throw new PlatformError(
      PersistenceErrorCode.InvalidIdentifier,
      `The ${what} name '${String(name)}' is not a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 ` +
        `characters); use one such as feature_store.`,
      { kind: ErrorKind.InvalidInput, retriable: false, details: { name, what } },
    );
  }
  return `"${name}"`;
}
