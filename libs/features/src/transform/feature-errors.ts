import type { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { problemsError } from '../errors/problems-error';

/** Raw input (a request row or a batch column) that a transform cannot read. */
export function invalidInput(what: string, problems: readonly Problem[]): PlatformError {
  return problemsError(
    FeaturesErrorCode.InvalidInput,
    `${what} is invalid`,
    problems,
    'Fix the listed fields and send it again.',
  );
}

/** A transform spec that does not describe a transform this library can build. */
export function invalidTransformSpec(problems: readonly Problem[]): PlatformError {
  return problemsError(
    FeaturesErrorCode.InvalidTransformSpec,
    'Transform spec is invalid',
    problems,
    'Refit it from the feature view definition.',
  );
}
