import { ErrorKind, PlatformError } from '@loopline/errors';
import type { FeaturesErrorCode } from './features-error-code';
import type { Problem } from './problem';

/**
 * One InvalidInput error for every problem found, so a caller fixes them in one round: the
 * message names the first `named` (`path: message`) and says how many more there are and what
 * to do; `details.problems` holds them all.
 */
export function problemsError(
  code: FeaturesErrorCode,
  lead: string,
  problems: readonly Problem[],
  advice: string,
  named = 5,
): PlatformError {
  const shown = problems.slice(0, named).map((problem) => `${problem.path}: ${problem.message}`);
  const more = problems.length - shown.length;
  return new PlatformError(
    code,
    `${lead}: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}. ${advice}`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
