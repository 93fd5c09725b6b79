import { ErrorKind, PlatformError } from '@loopline/errors';
import type { SplitDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { assignTimeSplits } from './assign-time-splits';
import { seededRandom } from '@loopline/stats';
import { TEST, TRAIN, VALIDATION } from './split-names';

/**
 * The split of every row: 0 train, 1 validation, 2 test (see `SPLIT_NAMES`).
 * - `time`: by event time, oldest first, tie groups kept whole (see `assignTimeSplits`). Needs
 *   `eventTime` with every row's time present: the caller drops rows without one first.
 * - `random`: each row independently, in row order, by a draw of a generator seeded with
 *   `split.seed`; the same seed and row count always give the same assignment.
 * Fractions are used as given: whatever train and validation leave goes to test.
 */
export function assignSplits(
  split: SplitDefinition,
  rowCount: number,
  eventTime: Float64Array | null,
): Uint8Array {
  if (split.strategy === 'random') return assignRandomSplits(split, rowCount);
  if (eventTime === null || eventTime.length < rowCount) {
    throw invalidInput(
      'A time split needs an event time for every row.',
      'eventTime',
      'is required',
    );
  }
  let missing = 0;
  for (let r = 0; r < rowCount; r++) if (Number.isNaN(eventTime[r])) missing++;
  if (missing > 0) {
    throw invalidInput(
      `A time split cannot place ${missing} row(s) without an event time; drop them before splitting.`,
      'eventTime',
      `${missing} row(s) have a missing time`,
    );
  }
  return assignTimeSplits(split.fractions, rowCount, eventTime);
}

function assignRandomSplits(split: SplitDefinition, rowCount: number): Uint8Array {
  const random = seededRandom(split.seed);
  const trainBelow = split.fractions.train;
  const validationBelow = split.fractions.train + split.fractions.validation;
  const assignment = new Uint8Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const u = random();
    assignment[r] = u < trainBelow ? TRAIN : u < validationBelow ? VALIDATION : TEST;
  }
  return assignment;
}

function invalidInput(message: string, path: string, problem: string): PlatformError {
  return new PlatformError(FeaturesErrorCode.InvalidInput, message, {
    kind: ErrorKind.InvalidInput,
    details: { problems: [{ path, message: problem }] },
  });
}
