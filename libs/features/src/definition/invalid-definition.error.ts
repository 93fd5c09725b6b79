import { ErrorKind, PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';

/** How many problems the one-line message names; `details.problems` always holds all of them. */
const NAMED_IN_MESSAGE = 3;

/** One error for every problem of a definition, so its author fixes them in one round. */
export function invalidDefinition(problems: Problem[]): PlatformError {
  const named = problems
    .slice(0, NAMED_IN_MESSAGE)
    .map((problem) => `${problem.path}: ${problem.message}`)
    .join('; ');
  const more =
    problems.length > NAMED_IN_MESSAGE ? `; and ${problems.length - NAMED_IN_MESSAGE} more` : '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new PlatformError(
    FeaturesErrorCode.InvalidDefinition,
    `Invalid feature view definition (${count}): ${named}${more}. Fix these fields ` +
      '(details.problems lists every one with its path) and submit the definition again.',
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
