import { ErrorKind, PlatformError } from '@loopline/errors';
import type { ContractErrorCode } from './contract-error-code';

/**
 * Builds the PlatformError for a contract violation. Always InvalidInput and never retriable: the
 * bytes or the payload are what they are, and a retry would fail the same way.
 */
export function contractError(
  code: ContractErrorCode,
  message: string,
  details: Record<string, unknown> = {},
  cause?: unknown,
): PlatformError {
  return new PlatformError(code, message, {
    kind: ErrorKind.InvalidInput,
    retriable: false,
    details,
    cause,
  });
}
