import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Problem } from '@loopline/features';
import { TrainingConfigErrorCode } from './training-config-error-code';

/** How many problems the message names; `details.problems` always holds every one. */
const NAMED_IN_MESSAGE = 10;

/**
 * One InvalidInput error for every problem of a configuration, so its author fixes them in one
 * round. `lead` says what was being checked (a configuration, or one with overrides applied).
 */
export function invalidTrainingConfig(
  problems: readonly Problem[],
  lead = 'Invalid training configuration',
  details: Record<string, unknown> = {},
): PlatformError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const shown = problems
    .slice(0, NAMED_IN_MESSAGE)
    .map((problem) => `${problem.path}: ${problem.message}`);
  const more = problems.length - shown.length;
  return new PlatformError(
    TrainingConfigErrorCode.InvalidConfig,
    `${lead} (${count}): ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}. ` +
      'Fix these fields (details.problems lists every one with its path) and submit it again.',
    { kind: ErrorKind.InvalidInput, details: { ...details, problems } },
  );
}
