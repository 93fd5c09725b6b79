export type { ClassificationReport, ConfusionMatrix, RegressionReport } from './metric-reports';
export {
  binaryClassificationMetrics,
  type BinaryClassificationOptions,
} from './classification/binary-classification-metrics';
export {
  multiclassClassificationMetrics,
  type MulticlassClassificationOptions,
} from './classification/multiclass-classification-metrics';
export { regressionMetrics } from './regression/regression-metrics';
export { confusionMatrix } from './classification/confusion-matrix';
export {
  classPrecisionRecallF1,
  macroPrecisionRecallF1,
  type PrecisionRecallF1,
} from './classification/precision-recall-f1';
export { binaryLogLoss, multiclassLogLoss } from './classification/log-loss';
export { averagePrecision, rocAuc } from './ranking/binary-ranking';
export type { RankingSummary } from './ranking/ranking-summary';
export { PROBABILITY_ROW_SUM_TOLERANCE } from './input/check-scores';
export { ModelMetricsErrorCode } from './errors/model-metrics-error-code';
