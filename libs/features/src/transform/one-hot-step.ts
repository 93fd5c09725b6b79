import { compareCodePoints } from '@loopline/stats';
import { mapCodes } from './map-codes';
import type { RawColumn } from './raw-batch';
import type { FittedOf, StepOf } from './step-types';

type CategoricalColumn = Extract<RawColumn, { type: 'categorical' }>;

/** The label of the block's last column, for values outside the vocabulary or missing. */
export const OTHER_LABEL = 'other';

/**
 * The vocabulary: training values seen at least `minCount` times (default 1), most frequent
 * first, ties in code point order, at most `maxCategories` of them. Counts are per string, so a
 * dictionary that repeats a value still counts it once.
 */
export function fitOneHot(step: StepOf<'one_hot'>, column: CategoricalColumn): FittedOf<'one_hot'> {
  const { codes, dictionary } = column;
  const perCode = new Float64Array(dictionary.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0 && code < perCode.length) perCode[code]++;
  }
  const perValue = new Map<string, number>();
  dictionary.forEach((value, code) => {
    if (perCode[code] > 0) perValue.set(value, (perValue.get(value) ?? 0) + perCode[code]);
  });
  const minCount = step.minCount ?? 1;
  const vocabulary = [...perValue]
    .filter(([, count]) => count >= minCount)
    .sort(([a, ca], [b, cb]) => cb - ca || compareCodePoints(a, b))
    .slice(0, step.maxCategories)
    .map(([value]) => value);
  return { kind: 'one_hot', vocabulary };
}

/** Block labels: the vocabulary, then `other`. */
export function oneHotLabels(fitted: FittedOf<'one_hot'>): string[] {
  return [...fitted.vocabulary, OTHER_LABEL];
}

/** Per row, the vocabulary position of the value, or the `other` position. */
export function oneHotIndices(column: CategoricalColumn, fitted: FittedOf<'one_hot'>): Int32Array {
  const position = new Map<string, number>();
  fitted.vocabulary.forEach((value, k) => position.set(value, k));
  const other = fitted.vocabulary.length;
  const byCode = new Int32Array(column.dictionary.length);
  column.dictionary.forEach((value, code) => (byCode[code] = position.get(value) ?? other));
  return mapCodes(column.codes, byCode, other);
}
