import { createHash } from 'node:crypto';
import type { IdempotentRequest } from './idempotent-request';

/**
 * sha256 (hex) of what makes two requests "the same": method, path, principal and body. The body
 * is hashed in canonical form (object keys sorted at every depth), so a client that re-serialises
 * the same JSON with another key order is still recognised as retrying.
 */
export function requestFingerprint(request: IdempotentRequest): string {
  const identity = [
    request.method.toUpperCase(),
    request.path,
    request.principal ?? null,
    request.body ?? null,
  ];
  return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(
          Object.entries(nested as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : nested,
  );
}
