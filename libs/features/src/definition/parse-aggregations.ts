import { readColumnName } from './definition-names';
import type { WindowAggregation } from './feature-view-definition';
import { FieldReader, itemPath, Located } from './field-reader';
import { parseNumericPredicate } from './parse-numeric-predicate';

type AggregationFunction = WindowAggregation['function'];

const FUNCTIONS: readonly AggregationFunction[] = ['count', 'mean', 'rate'];
const FIELDS_BY_FUNCTION: Record<AggregationFunction, readonly string[]> = {
  count: ['name', 'function', 'windowDays'],
  mean: ['name', 'function', 'column', 'windowDays'],
  rate: ['name', 'function', 'column', 'when', 'windowDays'],
};
/** Ten years: a longer window is almost certainly a unit mistake (days, not hours or rows). */
const MAX_WINDOW_DAYS = 3650;

/**
 * Parses `aggregations` (absent means none). Each aggregation is read on its own; names, the
 * entity and event time, and column types are checked across sections by checkViewReferences.
 * An entry that is not an object is left out; invalid fields are left empty, their faults recorded.
 */
export function parseAggregations(root: FieldReader): Located<WindowAggregation>[] {
  const raw = root.array('aggregations') ?? [];
  return raw.flatMap((value, i) => {
    const path = itemPath(root.pathOf('aggregations'), i);
    const aggregation = parseAggregation(value, path, root);
    return aggregation === null ? [] : [{ value: aggregation, path }];
  });
}

function parseAggregation(raw: unknown, path: string, root: FieldReader): WindowAggregation | null {
  const fields = FieldReader.at(raw, path, root.problems);
  if (fields === null) return null;
  const name = readColumnName(fields, 'name') ?? '';
  const fn = fields.oneOf('function', FUNCTIONS, { required: true });
  const windowDays =
    fields.number('windowDays', { required: true, above: 0, max: MAX_WINDOW_DAYS }) ?? 1;
  if (fn === null) {
    // Stands in as a count: it reads no column, so it raises no further problems of its own.
    fields.allowOnly(FIELDS_BY_FUNCTION.rate);
    return { name, function: 'count', windowDays };
  }
  fields.allowOnly(FIELDS_BY_FUNCTION[fn], ` for a ${fn} aggregation`);
  if (fn === 'count') return { name, function: fn, windowDays };
  const column = fields.string('column', { required: true }) ?? '';
  if (fn === 'mean') return { name, function: fn, column, windowDays };
  const when = fields.has('when')
    ? parseNumericPredicate(fields.value('when'), fields.pathOf('when'), fields.problems)
    : null;
  if (!fields.has('when')) {
    fields.problem(
      'when',
      'is required for a rate: the predicate a row must satisfy to count, e.g. {"op": ">", "value": 15}',
    );
  }
  return { name, function: fn, column, when: when ?? { op: '>', value: 0 }, windowDays };
}
