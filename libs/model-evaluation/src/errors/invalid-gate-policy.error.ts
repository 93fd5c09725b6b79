import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Problem } from '@loopline/features';
import { EvaluationErrorCode } from './evaluation-error-code';

/** How many problems the message names; `details.problems` always holds every one. */
const NAMED_IN_MESSAGE = 10;

/** One InvalidInput error for every problem of a gate policy, so its author fixes them in one round. */
export function invalidGatePolicy(problems: readonly Problem[]): PlatformError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const shown = problems
    .slice(0, NAMED_IN_MESSAGE)
    .map((problem) => `${problem.path}: ${problem.message}`);
  const more = problems.length - shown.length;
  return new PlatformError(
    EvaluationErrorCode.InvalidGatePolicy,
    `Invalid gate policy (${count}): ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}. ` +
      'Fix these fields (details.problems lists every one with its path) and submit it again.',
    { kind: ErrorKind.InvalidInput, details: { problems: [...problems] } },
  );
}
