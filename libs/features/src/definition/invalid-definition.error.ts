import type { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { problemsError } from '../errors/problems-error';

/** One error for every problem of a definition, so its author fixes them in one round. */
export function invalidDefinition(problems: Problem[]): PlatformError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return problemsError(
    FeaturesErrorCode.InvalidDefinition,
    `Invalid feature view definition (${count})`,
    problems,
    'Fix these fields (details.problems lists every one with its path) and submit the definition again.',
    3,
  );
}
