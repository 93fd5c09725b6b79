import { ErrorKind, isInfrastructureOutage, PlatformError } from '@loopline/errors';
import { PersistenceErrorCode } from '../persistence-error-code';

/** Wrong password, unknown role or database: retrying cannot succeed. */
const REJECTED = new Set(['28P01', '28000', '3D000', 'ENOTFOUND']);

/** Where we tried to connect, without the password, for error messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '<unparseable DATABASE_URL>';
  }
}

/** Maps a connection failure to a PlatformError saying whether a retry can help. */
export function toConnectionError(error: unknown, url: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  const where = describeDatabaseUrl(url);
  if (typeof code === 'string' && REJECTED.has(code)) {
    return new PlatformError(
      PersistenceErrorCode.ConnectionRejected,
      `PostgreSQL at ${where} rejected the connection (${reason}); check the user, password and database in DATABASE_URL.`,
      {
        kind: ErrorKind.Unavailable,
        retriable: false,
        cause: error,
        details: { database: where, code },
      },
    );
  }
  const transient = isInfrastructureOutage(error) || /timeout|terminated/i.test(reason);
  return new PlatformError(
    PersistenceErrorCode.Unavailable,
    `Cannot reach PostgreSQL at ${where} (${reason}); check DATABASE_URL and that the database is running ` +
      '(locally: bash infra/stack.sh status).',
    {
      kind: ErrorKind.Unavailable,
      retriable: transient || code === undefined,
      cause: error,
      details: { database: where, code },
    },
  );
}
