/** Stable codes raised by the prediction log library. */
export enum PredictionLogErrorCode {
  /** The layout cannot be written: a column name is taken twice, or a row does not fit it. */
  InvalidLayout = 'PREDICTION_LOG.INVALID_LAYOUT',
  /** Bytes that are not a `loopline.prediction-log/v1` file; `details.problems` lists why. */
  InvalidLog = 'PREDICTION_LOG.INVALID_LOG',
}
