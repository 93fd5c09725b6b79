import { ErrorKind, PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from '../tracking-error-code';

/**
 * A filter or order-by that does not parse or does not type-check: says at which character
 * (1-based) what was expected, and what was found there.
 */
export function searchSyntaxError(
  what: 'filter' | 'orderBy',
  position: number,
  expected: string,
  found: string,
): PlatformError {
  const code =
    what === 'filter' ? TrackingErrorCode.InvalidFilter : TrackingErrorCode.InvalidOrderBy;
  const where = found === '' ? 'at the end' : `at character ${position + 1} ('${found}')`;
  return new PlatformError(
    code,
    `Invalid ${what} ${where}: expected ${expected}. Syntax as in MLflow: ` +
      (what === 'filter'
        ? `metrics.test_roc_auc > 0.7 and params.optimizer = 'adam' and attributes.status IN ('succeeded').`
        : `metrics.test_roc_auc DESC, attributes.created_at.`),
    {
      kind: ErrorKind.InvalidInput,
      details: { position: position + 1, expected, found },
    },
  );
}
