import { createHash } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from '../tracking-error-code';
import type { FilterClause } from './run-filter.parser';
import type { OrderKey } from './run-order.parser';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Identifies a search by what it means (not how it was spelled), so a token from one search is
 * refused by another: `metrics.x>1` and `metrics.x > 1` share tokens, other filters do not.
 */
export function searchFingerprint(filter: FilterClause[], order: OrderKey[]): string {
  const canonical = JSON.stringify({
    filter: filter.map(({ field, comparator, value }) => [
      field.entity,
      field.key,
      comparator,
      value,
    ]),
    order: order.map(({ field, descending }) => [field.entity, field.key, descending]),
  });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

/**
 * An opaque token for the page after a row: the search's fingerprint and the row's sort values
 * (as PostgreSQL printed them, so they compare back exactly), then its id.
 */
export function encodePageToken(fingerprint: string, after: (string | null)[]): string {
  return Buffer.from(JSON.stringify({ f: fingerprint, a: after })).toString('base64url');
}

/** The sort values a token carries; refused when it belongs to another search or is damaged. */
export function decodePageToken(
  token: string,
  fingerprint: string,
  valueCount: number,
): (string | null)[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const { f, a } = (decoded ?? {}) as { f?: unknown; a?: unknown };
  const valid =
    typeof f === 'string' &&
    Array.isArray(a) &&
    a.length === valueCount &&
    a.every((value) => value === null || typeof value === 'string') &&
    UUID.test(String(a[a.length - 1]));
  if (!valid) throw invalidToken('it is not a page token this service issued', { token });
  if (f !== fingerprint)
    throw invalidToken(
      'it was issued for another filter or order; send the same filter and orderBy as the first page, or drop pageToken to start over',
      { token },
    );
  return a as (string | null)[];
}

function invalidToken(why: string, details: Record<string, unknown>): PlatformError {
  return new PlatformError(TrackingErrorCode.InvalidPageToken, `Invalid pageToken: ${why}.`, {
    kind: ErrorKind.InvalidInput,
    details,
  });
}
