import { ErrorKind, PlatformError } from '@loopline/errors';

/**
 * `?version=N` of a versioned-document route: absent for the newest, else a whole number from
 * 1; anything else is a 400 with the route's own `invalidQueryCode`.
 */
export function parseVersionQuery(
  text: string | undefined,
  invalidQueryCode: string,
): number | null {
  if (text === undefined || text === '') return null;
  if (/^[1-9]\d{0,9}$/.test(text)) return Number(text);
  throw new PlatformError(
    invalidQueryCode,
    `version must be a whole number from 1 (got '${text}'); leave it out for the newest version.`,
    { kind: ErrorKind.InvalidInput, details: { version: text } },
  );
}
