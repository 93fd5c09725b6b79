import type { RawBatch } from '@loopline/features';
import { invalidGateInputs } from '../errors/gate-errors';
import type { EvaluationTask, GateInputs } from '../model-under-evaluation';

/** The test split as every check reads it, checked once for consistency. */
export interface GateData {
  task: EvaluationTask;
  labels: Float32Array;
  /** The candidate's classes (binary: the names of class 0 and class 1); empty for regression. */
  classLabels: readonly string[];
  /** Output columns per row once aligned: the class count for multiclass, else 1. */
  width: number;
  /** Binary classifiers: a row is predicted positive when its score is above this. */
  decisionThreshold: number;
  rawInputs: RawBatch;
  rows: number;
}

/** Throws EVALUATION.INVALID_GATE_INPUTS when the inputs contradict each other. */
export function gateData(inputs: GateInputs): GateData {
  const rows = inputs.rawInputs.rowCount;
  if (inputs.labels.length !== rows)
    throw invalidGateInputs(
      `The test split has ${rows} raw rows but ${inputs.labels.length} labels; pass the labels of exactly the rows in rawInputs, in the same order.`,
      { rows, labels: inputs.labels.length },
    );
  if (rows === 0)
    throw invalidGateInputs(
      'The test split is empty, so no check can be judged; evaluate on a feature set whose test split has rows.',
    );
  const classes = inputs.classLabels.length;
  if (inputs.task === 'binary_classification' && classes !== 2)
    throw invalidGateInputs(
      `A binary classifier has 2 classes (names of class 0 and class 1), but classLabels has ${classes}; pass the model signature's classLabels.`,
      { classLabels: [...inputs.classLabels] },
    );
  if (inputs.task === 'multiclass_classification' && classes < 2)
    throw invalidGateInputs(
      `A multiclass classifier has at least 2 classes, but classLabels has ${classes}; pass the model signature's classLabels.`,
      { classLabels: [...inputs.classLabels] },
    );
  return {
    task: inputs.task,
    labels: inputs.labels,
    classLabels: inputs.task === 'regression' ? [] : inputs.classLabels,
    width: inputs.task === 'multiclass_classification' ? classes : 1,
    decisionThreshold: inputs.policy.decisionThreshold,
    rawInputs: inputs.rawInputs,
    rows,
  };
}
