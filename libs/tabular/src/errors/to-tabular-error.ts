import { ErrorKind, PlatformError } from '@loopline/errors';
import { TabularErrorCode } from './tabular-error-code';

/** Wraps an engine failure in a PlatformError that carries the statement, shortened. */
export function toTabularError(error: unknown, sql: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError(TabularErrorCode.QueryFailed, `Query failed: ${message}`, {
    kind: ErrorKind.Internal,
    retriable: false,
    cause: error,
    details: { sql: sql.length > 500 ? `${sql.slice(0, 500)}…` : sql },
  });
}
