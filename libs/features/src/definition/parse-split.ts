import type { SplitDefinition } from './feature-view-definition';
import type { FieldReader } from './field-reader';

const STRATEGIES: readonly SplitDefinition['strategy'][] = ['time', 'random'];
/** Fractions written as decimals (0.7 + 0.15 + 0.15) do not sum to exactly 1 in floating point. */
const SUM_TOLERANCE = 1e-9;

/**
 * Parses `split`: the strategy, the train/validation/test fractions (train above 0, each at most
 * 1, summing to 1) and the seed of the random strategy. That a time split has an event time to
 * order by is checked across sections by checkViewReferences.
 */
export function parseSplit(root: FieldReader): SplitDefinition {
  const fields = root.object('split', { required: true });
  const fallback: SplitDefinition = {
    strategy: 'time',
    fractions: { train: 1, validation: 0, test: 0 },
    seed: 0,
  };
  if (fields === null) return fallback;
  fields.allowOnly(['strategy', 'fractions', 'seed']);
  const strategy = fields.oneOf('strategy', STRATEGIES, { required: true }) ?? fallback.strategy;
  const seed =
    fields.number('seed', {
      required: true,
      integer: true,
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
    }) ?? fallback.seed;
  const shares = fields.object('fractions', { required: true });
  if (shares === null) return { ...fallback, strategy, seed };
  shares.allowOnly(['train', 'validation', 'test']);
  const train = shares.number('train', { required: true, above: 0, max: 1 });
  const validation = shares.number('validation', { required: true, min: 0, max: 1 });
  const test = shares.number('test', { required: true, min: 0, max: 1 });
  if (train === null || validation === null || test === null)
    return { ...fallback, strategy, seed };
  const sum = train + validation + test;
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    fields.problem(
      'fractions',
      `train, validation and test must sum to 1 (got ${sum}); adjust them so they do`,
    );
  }
  return { strategy, fractions: { train, validation, test }, seed };
}
