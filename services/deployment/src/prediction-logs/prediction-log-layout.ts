import type { PredictionLogLayout } from '@loopline/prediction-logs';
import type { PredictionGroup } from './prediction-log-buffer';
import type { LoggedSignature } from './prediction-log-signatures';

/**
 * The columns of one group's log file: the model's signature when known; otherwise inferred from
 * the rows (every input name seen, numeric when every value is a number, categorical otherwise;
 * one output is `probability` for a classifier and `prediction` for a regressor).
 */
export function layoutOf(
  group: PredictionGroup,
  signature: LoggedSignature | undefined,
): PredictionLogLayout {
  const first = group.rows[0];
  const predicted = typeof first?.prediction === 'number' ? 'value' : 'label';
  const base = {
    modelName: group.modelName,
    trainingRunId: group.trainingRunId,
    endpointName: group.endpointName,
    predicted,
  } as const;
  if (signature !== undefined)
    return { ...base, inputs: signature.inputs, outputs: signature.outputs };
  const kinds = new Map<string, 'numeric' | 'categorical'>();
  for (const row of group.rows) {
    for (const [name, value] of Object.entries(row.inputs)) {
      if (!kinds.has(name)) kinds.set(name, 'numeric');
      if (typeof value === 'string') kinds.set(name, 'categorical');
    }
  }
  const width = first?.outputs.length ?? 0;
  const outputs =
    width === 1
      ? [predicted === 'value' ? 'prediction' : 'probability']
      : Array.from({ length: width }, (_, i) => `probability:${i}`);
  return { ...base, inputs: [...kinds].map(([name, type]) => ({ name, type })), outputs };
}
