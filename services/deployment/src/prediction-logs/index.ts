export { PredictionLogModule } from './prediction-log.module';
export { PredictionLog } from './prediction-log';
export {
  PREDICTION_LOG_SIGNATURES,
  type LoggedSignature,
  type PredictionLogSignatures,
} from './prediction-log-signatures';
