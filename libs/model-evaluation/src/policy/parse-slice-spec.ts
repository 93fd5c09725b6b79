import type { SliceSpec } from '../gate-policy';
import type { PolicyFields } from './policy-fields';

export const SLICE_PARTS: readonly NonNullable<SliceSpec['part']>[] = [
  'month',
  'season',
  'weekday',
  'hour',
];

/** The `slice` of a slices or fairness check. Whether the column exists is known only at evaluation. */
export function parseSliceSpec(check: PolicyFields): SliceSpec {
  const slice = check.object('slice', true);
  if (slice === null) return { column: '' };
  slice.allowOnly(['column', 'part']);
  const column = slice.string('column', true) ?? '';
  const part = slice.oneOf('part', SLICE_PARTS, false);
  return part === null ? { column } : { column, part };
}
