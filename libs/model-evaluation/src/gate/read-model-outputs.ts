import type { RawBatch } from '@loopline/features';
import { invalidModelOutput } from '../errors/gate-errors';
import type { ModelUnderEvaluation } from '../model-under-evaluation';
import type { GateData } from './gate-data';
import { alignClassColumns } from './align-class-columns';

/**
 * Scores `batch` with `model` and returns its outputs laid out as the candidate's: one column for
 * binary and regression models, multiclass columns in the order of `data.classLabels` (matched by
 * name). `strict` (the candidate) refuses a model that lacks one of those classes; otherwise (the
 * champion) a missing class scores 0. Throws EVALUATION.INVALID_MODEL_OUTPUT for a wrong width.
 */
export async function readModelOutputs(
  model: ModelUnderEvaluation,
  batch: RawBatch,
  data: GateData,
  role: string,
  strict: boolean,
): Promise<Float32Array> {
  const outputs = await model.score(batch);
  const width = data.task === 'multiclass_classification' ? model.classLabels.length : 1;
  if (width === 0 || outputs.length !== batch.rowCount * width)
    throw invalidModelOutput(
      `The ${role} returned ${outputs.length} values for ${batch.rowCount} rows, but a ${data.task} model with ${width} output column(s) gives rows × ${width}; check that its signature matches the task.`,
      { role, values: outputs.length, rows: batch.rowCount, width },
    );
  if (data.task !== 'multiclass_classification') return outputs;
  if (strict) {
    const missing = data.classLabels.filter((label) => !model.classLabels.includes(label));
    if (missing.length > 0)
      throw invalidModelOutput(
        `The ${role} has no output for class(es) ${missing.join(', ')} of the test labels; its classLabels must hold every class the labels index.`,
        { role, missing },
      );
  }
  return alignClassColumns(outputs, batch.rowCount, model.classLabels, data.classLabels);
}
