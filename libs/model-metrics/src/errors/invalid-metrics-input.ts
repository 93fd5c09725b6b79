import { ErrorKind, PlatformError } from '@loopline/errors';
import { ModelMetricsErrorCode } from './model-metrics-error-code';

/** `METRICS.INVALID_INPUT`: the caller passed data a metric cannot be computed from. */
export function invalidMetricsInput(
  message: string,
  details: Record<string, unknown> = {},
): PlatformError {
  return new PlatformError(ModelMetricsErrorCode.InvalidInput, message, {
    kind: ErrorKind.InvalidInput,
    details,
  });
}
