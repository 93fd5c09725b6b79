import { ErrorKind, PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';

/** Lists at most this many problems in the message; `details.problems` always has them all. */
const PROBLEMS_IN_MESSAGE = 5;

function summarise(problems: readonly Problem[]): string {
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** Dataset columns that cannot be read as the types a transform needs. */
export function invalidDatasetColumns(
  relation: string,
  problems: readonly Problem[],
): PlatformError {
  return new PlatformError(
    FeaturesErrorCode.InvalidInput,
    `Columns of ${relation} cannot be read: ${summarise(problems)}. Fix the dataset or the ` +
      'feature view definition so each column has a type the transform reads.',
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}

/** A feature set split file (or the data about to be written as one) that breaks the format. */
export function invalidFeatureSet(what: string, problems: readonly Problem[]): PlatformError {
  return new PlatformError(
    FeaturesErrorCode.InvalidFeatureSet,
    `${what} is not a valid feature set split: ${summarise(problems)}. Materialize the ` +
      'feature set again.',
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
