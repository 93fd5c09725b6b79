import { fnv1a32 } from './fnv1a';
import { mapCodes } from './map-codes';
import type { RawColumn } from './raw-batch';
import type { StepOf } from './step-types';

type CategoricalColumn = Extract<RawColumn, { type: 'categorical' }>;

/** The bucket of one value: FNV-1a 32 of its UTF-8 bytes modulo `buckets`. */
export function hashBucket(value: string, buckets: number): number {
  return fnv1a32(value) % buckets;
}

/** Block labels `'0'` … `String(buckets - 1)`. */
export function hashLabels(step: StepOf<'hash'>): string[] {
  return Array.from({ length: step.buckets }, (_, k) => String(k));
}

/** Per row, the bucket of the value; -1 (all zeros) for a missing value. */
export function hashIndices(column: CategoricalColumn, step: StepOf<'hash'>): Int32Array {
  const byCode = new Int32Array(column.dictionary.length);
  column.dictionary.forEach((value, code) => (byCode[code] = hashBucket(value, step.buckets)));
  return mapCodes(column.codes, byCode, -1);
}
