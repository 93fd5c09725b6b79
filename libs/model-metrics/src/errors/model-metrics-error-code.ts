/** Stable codes raised by the model-metrics library; callers and tests branch on these, not on messages. */
export enum ModelMetricsErrorCode {
  /**
   * Labels, scores, probabilities or targets a metric cannot use (different lengths, empty,
   * NaN or infinite values, a label outside its classes, probabilities outside [0, 1]): a bug in
   * the caller, not a property of the model. `details` names the first offending row.
   */
  InvalidInput = 'METRICS.INVALID_INPUT',
}
