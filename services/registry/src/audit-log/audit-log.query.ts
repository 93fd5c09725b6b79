import { ErrorKind, PlatformError } from '@loopline/errors';

export interface AuditLogQuery {
  correlationId?: string;
  eventType?: string;
  afterSequence: number;
  limit: number;
}

export const MAX_AUDIT_PAGE = 500;

/** Validates the query string of GET /audit-log, naming every bad parameter. */
export function parseAuditLogQuery(raw: Record<string, unknown>): AuditLogQuery {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = raw[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got '${String(value)}')`);
    }
    return parsed;
  };
  const text = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') problems.push(`${name} must be given once`);
    return String(value);
  };
  const query: AuditLogQuery = {
    correlationId: text('correlationId'),
    eventType: text('eventType'),
    afterSequence: integer('afterSequence', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: integer('limit', 100, 1, MAX_AUDIT_PAGE),
  };
  if (problems.length > 0) {
    throw new PlatformError(
      'REGISTRY.INVALID_AUDIT_QUERY',
      `Invalid audit-log query: ${problems.join('; ')}.`,
      {
        kind: ErrorKind.InvalidInput,
        details: { problems },
      },
    );
  }
  return query;
}
