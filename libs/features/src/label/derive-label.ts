import type { LabelDefinition } from '../definition/feature-view-definition';
import { evaluatePredicate } from '../predicate/evaluate-predicate';
import type { RawColumn } from '../transform/raw-batch';
import { labelColumnError } from './label-error';

/**
 * The label of every row as a float (NaN where it cannot be given; the caller drops and counts
 * those rows):
 * - binary: 1 when the numeric value satisfies `positiveWhen`, else 0; a missing value is NaN,
 *   not 0, since an unknown outcome is not a negative one;
 * - regression: the numeric value as Float32;
 * - multiclass: the index of the value in `classes` (from `fitLabelClasses`, or the declared
 *   ones when null); a missing value or one not among the classes is NaN.
 * Throws InvalidInput naming the column when its type cannot give the label.
 */
export function deriveLabel(
  label: LabelDefinition,
  column: RawColumn,
  classes: string[] | null,
): { values: Float32Array } {
  if (label.task === 'multiclass') {
    const known = classes ?? label.classes;
    if (known === undefined) {
      throw labelColumnError(label.column, 'has no classes: fit them on the training split first');
    }
    return { values: classIndexes(label.column, column, known) };
  }
  if (column.type !== 'numeric') {
    throw labelColumnError(
      label.column,
      `must be numeric for a ${label.task} label, not ${column.type}`,
    );
  }
  const source = column.values;
  const values = new Float32Array(source.length);
  if (label.task === 'regression') {
    values.set(source); // NaN stays NaN
    return { values };
  }
  const p = label.positiveWhen;
  for (let r = 0; r < source.length; r++) {
    const x = source[r];
    values[r] = Number.isNaN(x) ? NaN : evaluatePredicate(p, x) ? 1 : 0;
  }
  return { values };
}

function classIndexes(name: string, column: RawColumn, classes: readonly string[]): Float32Array {
  const indexOf = new Map<string, number>();
  classes.forEach((c, i) => {
    if (!indexOf.has(c)) indexOf.set(c, i); // a duplicated declared class keeps its first index
  });
  if (column.type === 'categorical') {
    // Resolve each dictionary entry once, not each row.
    const byCode = Float32Array.from(column.dictionary, (value) => indexOf.get(value) ?? NaN);
    return Float32Array.from(column.codes, (code) => (code >= 0 ? byCode[code] : NaN));
  }
  if (column.type === 'numeric') {
    return Float32Array.from(column.values, (x) =>
      Number.isNaN(x) ? NaN : (indexOf.get(String(x)) ?? NaN),
    );
  }
  throw labelColumnError(name, 'must be categorical or numeric for a multiclass label');
}
