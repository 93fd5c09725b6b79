import { invalidMetricsInput } from '../errors/invalid-metrics-input';

/**
 * The number of rows of two per-row sequences (labels and scores, targets and predictions):
 * they must be equally long, and not empty, since every metric here is a mean or a ranking over
 * rows and none has a value for zero rows.
 */
export function pairedLength(
  leftName: string,
  left: ArrayLike<number>,
  rightName: string,
  right: ArrayLike<number>,
  rightPerRow = 1,
): number {
  const rows = left.length;
  if (right.length !== rows * rightPerRow) {
    const expected =
      rightPerRow === 1 ? `${rows}` : `${rows} rows × ${rightPerRow} = ${rows * rightPerRow}`;
    throw invalidMetricsInput(
      `${rightName} has ${right.length} values but ${leftName} has ${rows} rows (expected ${expected}): ` +
        'pass both for the same rows, in the same order.',
      {
        [`${leftName}Length`]: rows,
        [`${rightName}Length`]: right.length,
        valuesPerRow: rightPerRow,
      },
    );
  }
  if (rows === 0) {
    throw invalidMetricsInput(
      `${leftName} and ${rightName} are empty: a metric needs at least one row; ` +
        'skip scoring an empty split instead.',
    );
  }
  return rows;
}
