import type { ColumnProfile, DataProfile } from '../profile/data-profile';
import { diffCategoricalSummaries } from './diff-categorical-summaries';
import { diffNumericSummaries } from './diff-numeric-summaries';
import type { ColumnDiff, ProfileDiff } from './profile-diff';
import { valueChange } from './value-change';

/**
 * Compares two profiles of the same table at two points (dataset versions, reference and
 * window): row counts, columns added, removed and retyped, and for each shared column how its
 * missing rate, distinct count and distribution moved. Deterministic: columns follow `to`'s
 * order, then the removed ones in `from`'s order.
 */
export function diffProfiles(from: DataProfile, to: DataProfile): ProfileDiff {
  const before = new Map(from.columns.map((column) => [column.name, column]));
  const afterNames = new Set(to.columns.map((column) => column.name));
  const columns: ColumnDiff[] = [
    ...to.columns.map((column) =>
      diffColumn(column.name, before.get(column.name), column, from, to),
    ),
    ...from.columns
      .filter((column) => !afterNames.has(column.name))
      .map((column) => diffColumn(column.name, column, undefined, from, to)),
  ];
  return {
    rowCount: valueChange(from.rowCount, to.rowCount),
    columnsAdded: columns.filter((c) => c.presence === 'added').map((c) => c.name),
    columnsRemoved: columns.filter((c) => c.presence === 'removed').map((c) => c.name),
    columnsRetyped: columns.filter((c) => c.retyped).map((c) => c.name),
    columns,
  };
}

function diffColumn(
  name: string,
  before: ColumnProfile | undefined,
  after: ColumnProfile | undefined,
  from: DataProfile,
  to: DataProfile,
): ColumnDiff {
  const typeOf = (column: ColumnProfile | undefined) =>
    column === undefined ? null : { kind: column.kind, sqlType: column.sqlType };
  const unshared = {
    name,
    from: typeOf(before),
    to: typeOf(after),
    retyped: false,
    missingRate: null,
    distinct: null,
    numeric: null,
    categorical: null,
  };
  if (before === undefined) return { ...unshared, presence: 'added' };
  if (after === undefined) return { ...unshared, presence: 'removed' };
  const sameKind = before.kind === after.kind;
  return {
    ...unshared,
    presence: 'shared',
    retyped: !sameKind || before.sqlType !== after.sqlType,
    missingRate:
      from.rowCount > 0 && to.rowCount > 0
        ? valueChange(before.missing / from.rowCount, after.missing / to.rowCount)
        : null,
    distinct: valueChange(before.distinct, after.distinct),
    numeric:
      sameKind && before.numeric && after.numeric
        ? diffNumericSummaries(before.numeric, after.numeric)
        : null,
    categorical:
      sameKind && before.categorical && after.categorical
        ? diffCategoricalSummaries(before.categorical, after.categorical)
        : null,
  };
}
