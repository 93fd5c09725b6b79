import type { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { problemsError } from '../errors/problems-error';

/** Dataset columns that cannot be read as the types a transform needs. */
export function invalidDatasetColumns(
  relation: string,
  problems: readonly Problem[],
): PlatformError {
  return problemsError(
    FeaturesErrorCode.InvalidInput,
    `Columns of ${relation} cannot be read`,
    problems,
    'Fix the dataset or the feature view definition so each column has a type the transform reads.',
  );
}

/** A feature set split file (or the data about to be written as one) that breaks the format. */
export function invalidFeatureSet(what: string, problems: readonly Problem[]): PlatformError {
  return problemsError(
    FeaturesErrorCode.InvalidFeatureSet,
    `${what} is not a valid feature set split`,
    problems,
    'Materialize the feature set again.',
  );
}

/** A raw inputs file (or the batch about to be written as one) that breaks the format. */
export function invalidRawInputs(what: string, problems: readonly Problem[]): PlatformError {
  return problemsError(
    FeaturesErrorCode.InvalidFeatureSet,
    `${what} is not a valid raw inputs file`,
    problems,
    'Materialize the feature set again.',
  );
}
