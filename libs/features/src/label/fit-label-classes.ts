import type { LabelDefinition } from '../definition/feature-view-definition';
import { compareCodePoints } from '@loopline/stats';
import type { RawColumn } from '../transform/raw-batch';
import { labelColumnError } from './label-error';

/**
 * The classes of a multiclass label, in index order: the declared ones, else the distinct values
 * present in the training split, sorted by code point (a categorical column's strings, or a
 * numeric column's values as `String(x)`, e.g. "0", "1", "10", "2"). Null for binary and
 * regression labels, which have no classes. Throws InvalidInput for a timestamp column.
 */
export function fitLabelClasses(label: LabelDefinition, trainColumn: RawColumn): string[] | null {
  if (label.task !== 'multiclass') return null;
  if (label.classes !== undefined) return [...label.classes];
  const distinct = new Set<string>();
  if (trainColumn.type === 'categorical') {
    const used = new Uint8Array(trainColumn.dictionary.length);
    for (const code of trainColumn.codes) if (code >= 0) used[code] = 1;
    used.forEach((flag, code) => {
      if (flag === 1) distinct.add(trainColumn.dictionary[code]);
    });
  } else if (trainColumn.type === 'numeric') {
    for (const x of trainColumn.values) if (!Number.isNaN(x)) distinct.add(String(x));
  } else {
    throw labelColumnError(label.column, 'must be categorical or numeric for a multiclass label');
  }
  return [...distinct].sort(compareCodePoints);
}
