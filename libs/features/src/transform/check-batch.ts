import type { Problem } from '../errors/problem';
import { invalidInput } from './feature-errors';
import type { InputColumn, RawBatch } from './raw-batch';

/**
 * Throws InvalidInput unless `batch` has every input column, with its type and `rowCount`
 * values. Values themselves are not scanned: NaN or -1 simply mean missing.
 */
export function checkBatch(inputColumns: readonly InputColumn[], batch: RawBatch): void {
  const problems: Problem[] = [];
  for (const input of inputColumns) {
    const column = batch.columns[input.name];
    const path = `columns.${input.name}`;
    if (column === undefined) {
      problems.push({ path, message: `is required (${input.type})` });
    } else if (column.type !== input.type) {
      problems.push({ path, message: `must be ${input.type}, found ${column.type}` });
    } else {
      const length = column.type === 'categorical' ? column.codes.length : column.values.length;
      if (length !== batch.rowCount) {
        problems.push({ path, message: `has ${length} values for ${batch.rowCount} rows` });
      }
    }
  }
  if (problems.length > 0) throw invalidInput('Raw batch', problems);
}
