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

/** Raw input (a request row or a batch column) that a transform cannot read. */
export function invalidInput(what: string, problems: readonly Problem[]): PlatformError {
  return new PlatformError(
    FeaturesErrorCode.InvalidInput,
    `${what} is invalid: ${summarise(problems)}. Fix the listed fields and send it again.`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}

/** A transform spec that does not describe a transform this library can build. */
export function invalidTransformSpec(problems: readonly Problem[]): PlatformError {
  return new PlatformError(
    FeaturesErrorCode.InvalidTransformSpec,
    `Transform spec is invalid: ${summarise(problems)}. Refit it from the feature view definition.`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
