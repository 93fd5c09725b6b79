import { ErrorKind, PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';

/** InvalidInput for a label column that cannot give the label, naming the column. */
export function labelColumnError(column: string, message: string): PlatformError {
  return new PlatformError(FeaturesErrorCode.InvalidInput, `Label column "${column}" ${message}.`, {
    kind: ErrorKind.InvalidInput,
    details: { problems: [{ path: column, message }] },
  });
}
