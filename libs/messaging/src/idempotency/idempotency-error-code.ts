/** Stable codes for Idempotency-Key failures; the HTTP status follows from each error's kind. */
export const IdempotencyErrorCode = {
  /** The header is present but empty, too long or uses characters outside the allowed set (400). */
  InvalidKey: 'MESSAGING.IDEMPOTENCY_KEY_INVALID',
  /** The key was already used for a request with another method, path, principal or body (409). */
  KeyReused: 'MESSAGING.IDEMPOTENCY_KEY_REUSED',
  /** The key's first request has not committed a response (409, retriable). */
  KeyInProgress: 'MESSAGING.IDEMPOTENCY_KEY_IN_PROGRESS',
} as const;
