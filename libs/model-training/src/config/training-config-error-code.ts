/** Stable codes of training configuration errors; callers and tests branch on these, not on messages. */
export enum TrainingConfigErrorCode {
  /**
   * A configuration (or one with overrides applied) is malformed; `details.problems` lists every
   * fault with its path.
   */
  InvalidConfig = 'TRAINING.INVALID_CONFIG',
}
