import { ErrorKind, PlatformError } from '@loopline/errors';
import { IdempotencyErrorCode } from './idempotency-error-code';

/** The name of the request header (the IETF httpapi draft's, which Stripe and others use). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

// Enough for UUIDs, ULIDs and base64 tokens; no spaces or commas, so two headers joined by a
// proxy ("a, b") are refused instead of being taken for one key.
const KEY = /^[A-Za-z0-9._~:+/=-]+$/;

/**
 * Validates an Idempotency-Key header value. Absent means the client did not ask for
 * idempotency (undefined); present but unusable is a 400 that says what a good key looks like.
 * The draft standard writes the key as a quoted string, so surrounding quotes are accepted.
 */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw invalid('send the header once', raw.join(', '));
  const key = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
  if (key.length === 0) throw invalid('it is empty', raw);
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH)
    throw invalid(`it has ${key.length} characters`, `${raw.slice(0, 32)}...`);
  if (!KEY.test(key)) throw invalid('it has characters outside the allowed set', raw);
  return key;
}

function invalid(problem: string, received: string): PlatformError {
  return new PlatformError(
    IdempotencyErrorCode.InvalidKey,
    `Invalid ${IDEMPOTENCY_KEY_HEADER} header: ${problem}. Send 1-${IDEMPOTENCY_KEY_MAX_LENGTH} ` +
      'letters, digits or - _ . : ~ + / = (a fresh UUID per logical request is a good choice), ' +
      'or leave the header out.',
    {
      kind: ErrorKind.InvalidInput,
      details: { header: IDEMPOTENCY_KEY_HEADER, problem, received },
    },
  );
}
