export {
  PREDICTED_COLUMN,
  PREDICTION_LOG_FORMAT,
  PREDICTION_LOG_ID_COLUMNS,
  PREDICTION_LOG_MEDIA_TYPE,
  PREDICTION_LOG_METADATA,
  type PredictionLogLayout,
  type PredictionLogRow,
} from './prediction-log-format';
export { PredictionLogErrorCode } from './prediction-log-error-code';
export { writePredictionLog } from './write-prediction-log';
export { readPredictionLog, type PredictionLog } from './read-prediction-log';
