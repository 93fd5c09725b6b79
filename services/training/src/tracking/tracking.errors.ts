import { ErrorKind, PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from './tracking-error-code';

export function runNotFound(runId: string): PlatformError {
  return new PlatformError(
    TrackingErrorCode.RunNotFound,
    `Run ${runId} does not exist; search runs at GET /runs.`,
    { kind: ErrorKind.NotFound, details: { runId } },
  );
}

export function invalidQuery(
  message: string,
  details: Record<string, unknown> = {},
): PlatformError {
  return new PlatformError(TrackingErrorCode.InvalidQuery, `Invalid query: ${message}.`, {
    kind: ErrorKind.InvalidInput,
    details,
  });
}
