import type { ProfileInput } from '@loopline/stats';
import type { RawBatch } from '../transform/raw-batch';

/**
 * What the drift reference describes: the raw input columns as prediction logs carry them (every
 * column the view reads, windowed aggregations included), so monitoring compares serving windows
 * with training under the same names. The label column is left out: serving never sees it.
 * Timestamps stay timestamps; the reference turns them into hour and weekday.
 */
export function driftReferenceInputs(batch: RawBatch, labelColumn: string | null): ProfileInput[] {
  const inputs: ProfileInput[] = [];
  for (const [name, column] of Object.entries(batch.columns)) {
    if (name === labelColumn) continue;
    if (column.type === 'categorical') {
      inputs.push({ name, kind: 'categorical', codes: column.codes, labels: column.dictionary });
    } else {
      inputs.push({ name, kind: column.type, values: column.values });
    }
  }
  return inputs;
}
