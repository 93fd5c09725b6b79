/** Stable codes raised by the training engine; callers and tests branch on these, not on messages. */
export enum TrainingErrorCode {
  /** Training data is unusable (missing labels, mismatched widths, an empty training split). */
  InvalidData = 'TRAINING.INVALID_DATA',
  /** The loss became NaN or infinite; `details.epoch` names the epoch. Not retriable: the recipe diverges. */
  NonFiniteLoss = 'TRAINING.NON_FINITE_LOSS',
  /** No TensorFlow.js backend could start, or another one already runs in this process. */
  BackendUnavailable = 'TRAINING.BACKEND_UNAVAILABLE',
  /** Saved model files cannot be read back as a model. */
  InvalidModelFiles = 'TRAINING.INVALID_MODEL_FILES',
}
