import { ErrorKind, PlatformError } from '@loopline/errors';
import { StatsErrorCode } from './stats-error-code';

/** `STATS.INVALID_DISTRIBUTION`: the caller passed counts or edges a comparison cannot use. */
export function invalidDistribution(message: string): PlatformError {
  return new PlatformError(StatsErrorCode.InvalidDistribution, message, {
    kind: ErrorKind.InvalidInput,
  });
}
