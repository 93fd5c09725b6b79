import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { SplitDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { assignSplits } from './assign-splits';
import { rowsOfSplit } from './rows-of-split';
import { seededRandom } from '@loopline/stats';
import { SPLIT_NAMES } from './split-names';

const TIME: SplitDefinition = {
  strategy: 'time',
  fractions: { train: 0.7, validation: 0.15, test: 0.15 },
  seed: 7,
};
const RANDOM: SplitDefinition = { ...TIME, strategy: 'random' };

function counts(assignment: Uint8Array): number[] {
  return SPLIT_NAMES.map((_, s) => rowsOfSplit(assignment, s).length);
}

/** [min, max] event time of each split. */
function ranges(assignment: Uint8Array, times: Float64Array): [number, number][] {
  return SPLIT_NAMES.map((_, s) => {
    const own = [...rowsOfSplit(assignment, s)].map((r) => times[r]);
    return [Math.min(...own), Math.max(...own)];
  });
}

describe('assignSplits by time', () => {
  it('gives the oldest rows to train, then validation, then test, in the declared fractions', () => {
    const times = Float64Array.from({ length: 100 }, (_, r) => (r * 37) % 100); // distinct, shuffled
    const assignment = assignSplits(TIME, 100, times);
    assert.deepEqual(counts(assignment), [70, 15, 15]);
    assert.deepEqual(ranges(assignment, times), [
      [0, 69],
      [70, 84],
      [85, 99],
    ]);
  });

  it('never splits rows sharing a timestamp: the boundary moves to the end of the tie group', () => {
    // Sorted times 0..9 with the 7th and 8th rows (indexes 6, 7) tied, as are the 9th and 10th.
    const times = Float64Array.of(9, 0, 1, 6, 2, 3, 4, 5, 6, 9);
    const assignment = assignSplits(
      { ...TIME, fractions: { train: 0.7, validation: 0.2, test: 0.1 } },
      10,
      times,
    );
    assert.deepEqual(counts(assignment), [8, 2, 0]); // train 7 → 8 (tie at 6); validation up to 9 → 10 (tie at 9)
    assert.deepEqual([...assignment], [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('keeps every split strictly older than the next on random tied data', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 30; trial++) {
      const n = 20 + Math.floor(random() * 500);
      const times = Float64Array.from({ length: n }, () => Math.floor(random() * n * 0.3));
      const assignment = assignSplits(TIME, n, times);
      const [train, validation, test] = ranges(assignment, times);
      const [trainCount, validationCount] = counts(assignment);
      assert.ok(
        trainCount >= Math.round(n * 0.7) && train[1] < Math.min(validation[0], test[0]),
        `trial ${trial}`,
      );
      assert.ok(validationCount === 0 || validation[1] < test[0], `trial ${trial}`);
    }
  });

  it('puts every row in train when all share one timestamp', () => {
    assert.deepEqual(counts(assignSplits(TIME, 5, new Float64Array(5).fill(42))), [5, 0, 0]);
  });

  it('asks the caller to drop rows without an event time', () => {
    const isInvalidInput = (error: unknown) =>
      error instanceof PlatformError && error.code === FeaturesErrorCode.InvalidInput;
    assert.throws(() => assignSplits(TIME, 3, Float64Array.of(1, NaN, 2)), isInvalidInput);
    assert.throws(() => assignSplits(TIME, 3, null), isInvalidInput);
  });
});

describe('assignSplits at random', () => {
  it('is the same for one seed and differs across seeds', () => {
    const first = assignSplits(RANDOM, 1000, null);
    assert.deepEqual(assignSplits(RANDOM, 1000, null), first);
    assert.notDeepEqual(assignSplits({ ...RANDOM, seed: 8 }, 1000, null), first);
    // Row r's split does not depend on how many rows follow it.
    assert.deepEqual(assignSplits(RANDOM, 500, null), first.subarray(0, 500));
  });

  it('honours the fractions approximately', () => {
    const [train, validation, test] = counts(assignSplits(RANDOM, 100_000, null)).map(
      (c) => c / 100_000,
    );
    assert.ok(
      Math.abs(train - 0.7) < 0.01 &&
        Math.abs(validation - 0.15) < 0.01 &&
        Math.abs(test - 0.15) < 0.01,
    );
  });
});

describe('rowsOfSplit', () => {
  it('lists the rows of one split in ascending order', () => {
    assert.deepEqual([...rowsOfSplit(Uint8Array.of(2, 0, 1, 0, 2), 0)], [1, 3]);
    assert.deepEqual([...rowsOfSplit(Uint8Array.of(2, 0, 1, 0, 2), 2)], [0, 4]);
    assert.deepEqual(SPLIT_NAMES, ['train', 'validation', 'test']);
  });
});
