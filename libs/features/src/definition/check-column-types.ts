import type { Problem } from '../errors/problem';
import type { RawColumnType } from '../transform/raw-batch';
import { childPath } from './field-reader';
import type { ParsedView } from './parsed-view';

interface ColumnUse {
  column: string;
  type: RawColumnType;
  /** Where the use is written, for the problem. */
  path: string;
  /** Who uses it, for the message naming the earlier use. */
  by: string;
}

/**
 * A raw column has one type, so every use of it must agree: the event time is a timestamp, a
 * binary or regression label and the column of a mean or rate are numbers, a multiclass label
 * is categorical, and a feature's column has the type its chain reads. The first use fixes the
 * type; each later use that disagrees is a problem. Sources that are aggregations are not raw
 * columns and are skipped, as are sources that are the label column (already a leakage problem).
 */
export function checkColumnTypes(view: ParsedView, problems: Problem[]): void {
  const typeOf = new Map<string, ColumnUse>();
  for (const use of columnUses(view)) {
    if (use.column === '') continue;
    const earlier = typeOf.get(use.column);
    if (earlier === undefined) {
      typeOf.set(use.column, use);
    } else if (earlier.type !== use.type) {
      problems.push({
        path: use.path,
        message:
          `reads column '${use.column}' as ${use.type}, but ${earlier.by} (${earlier.path}) reads it ` +
          `as ${earlier.type}; a column has one type, so change one of them`,
      });
    }
  }
}

function columnUses(view: ParsedView): ColumnUse[] {
  const uses: ColumnUse[] = [];
  if (!view.eventTime.isNull) {
    uses.push({
      column: view.eventTime.column,
      type: 'timestamp',
      path: 'eventTime.column',
      by: 'the event time',
    });
  }
  const labelColumn = view.label?.label.column;
  if (view.label !== null && view.label.columnType !== null) {
    uses.push({
      column: view.label.label.column,
      type: view.label.columnType,
      path: 'label.column',
      by: `the ${view.label.label.task} label`,
    });
  }
  const aggregationNames = new Set(view.aggregations.map(({ value }) => value.name));
  for (const { value, path } of view.aggregations) {
    if (value.function === 'count') continue;
    uses.push({
      column: value.column,
      type: 'numeric',
      path: childPath(path, 'column'),
      by: `the ${value.function} aggregation '${value.name}'`,
    });
  }
  for (const { value, path, inputType } of view.features) {
    if (inputType === null || aggregationNames.has(value.source) || value.source === labelColumn) {
      continue;
    }
    uses.push({
      column: value.source,
      type: inputType,
      path: childPath(path, 'source'),
      by: `the feature '${value.name}'`,
    });
  }
  return uses;
}
