import type { ModelTask } from '@loopline/contracts';
import type { PredictionLog } from '@loopline/prediction-logs';
import type { ProfileInput } from '@loopline/stats';
import { PREDICTION_COLUMN } from './output-reference';

/**
 * A prediction log's inputs and output as the columns a window sketch counts: the raw inputs
 * under their own names (as the training inputs were), and the output as `prediction` in the
 * form its reference takes (positive-class probability, predicted class, or value).
 */
export function logColumns(log: PredictionLog, task: ModelTask): ProfileInput[] {
  const columns: ProfileInput[] = Object.entries(log.inputs.columns).map(([name, column]) =>
    column.type === 'categorical'
      ? { name, kind: 'categorical', codes: column.codes, labels: column.dictionary }
      : { name, kind: column.type, values: column.values },
  );
  const output = outputColumn(log, task);
  if (output !== null) columns.push(output);
  return columns;
}

function outputColumn(log: PredictionLog, task: ModelTask): ProfileInput | null {
  if (task === 'binary_classification' && log.outputs.probability !== undefined)
    return { name: PREDICTION_COLUMN, kind: 'numeric', values: log.outputs.probability };
  if (log.predicted instanceof Float64Array)
    return { name: PREDICTION_COLUMN, kind: 'numeric', values: log.predicted };
  if (task === 'multiclass_classification') {
    const labels: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(log.predicted, (label) => {
      let code = codeOf.get(label);
      if (code === undefined) codeOf.set(label, (code = labels.push(label) - 1));
      return code;
    });
    return { name: PREDICTION_COLUMN, kind: 'categorical', codes, labels };
  }
  return null;
}

/** Rows [from, to) of every column, as views: nothing is copied. */
export function sliceColumns(
  columns: readonly ProfileInput[],
  from: number,
  to: number,
): ProfileInput[] {
  return columns.map((column) =>
    column.kind === 'categorical'
      ? { ...column, codes: column.codes.subarray(from, to) }
      : { ...column, values: column.values.subarray(from, to) },
  );
}
