import { ErrorKind, PlatformError } from '@loopline/errors';

/** `FEATURE_STORE.NOT_FOUND` (404) with a message that says where to look instead. */
export function notFound(message: string): PlatformError {
  return new PlatformError('FEATURE_STORE.NOT_FOUND', message, { kind: ErrorKind.NotFound });
}
