/** Stable codes raised by the evaluation gate engine; callers and tests branch on these, not on messages. */
export enum EvaluationErrorCode {
  /** A gate policy document is malformed; `details.problems` lists every fault with its path. */
  InvalidGatePolicy = 'EVALUATION.INVALID_GATE_POLICY',
  /**
   * The gate inputs disagree with each other (labels and rows of different lengths, class labels
   * that do not fit the task): a bug in the caller, not a property of the model.
   */
  InvalidGateInputs = 'EVALUATION.INVALID_GATE_INPUTS',
  /** The candidate's outputs cannot be read (wrong width, classes other than the task's). */
  InvalidModelOutput = 'EVALUATION.INVALID_MODEL_OUTPUT',
}
