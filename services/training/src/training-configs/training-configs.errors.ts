import { ErrorKind, PlatformError } from '@loopline/errors';

/** Stable codes of the training-configs slice, beyond the library's TRAINING.INVALID_CONFIG. */
export const TrainingConfigsErrorCode = {
  /** No configuration (or no such version) is registered for the model. */
  NotFound: 'TRAINING.CONFIG_NOT_FOUND',
  /** A query parameter is malformed. */
  InvalidQuery: 'TRAINING.INVALID_CONFIG_QUERY',
  /** A shipped configuration file cannot be registered; the service does not start. */
  InvalidShippedConfig: 'TRAINING.INVALID_SHIPPED_CONFIG',
} as const;

export function configNotFound(message: string): PlatformError {
  return new PlatformError(TrainingConfigsErrorCode.NotFound, message, {
    kind: ErrorKind.NotFound,
  });
}
