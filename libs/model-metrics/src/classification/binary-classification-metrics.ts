import { invalidMetricsInput } from '../errors/invalid-metrics-input';
import { classNames } from '../input/class-names';
import { checkProbabilities } from '../input/check-scores';
import { pairedLength } from '../input/paired-length';
import { readClassIndices } from '../input/read-class-indices';
import { rankingOfValidated } from '../ranking/binary-ranking';
import { countConfusion } from './confusion-matrix';
import { binaryLogLossOfValidated } from './log-loss';
import type { ClassificationReport } from '../metric-reports';
import { classPrecisionRecallF1 } from './precision-recall-f1';

export interface BinaryClassificationOptions {
  /** A row is predicted class 1 when its score is strictly above this; default 0.5. */
  threshold?: number;
  /** Names of class 0 and class 1 for the confusion matrix; default ['0', '1']. */
  classLabels?: readonly string[];
}

/**
 * Every metric of a binary classifier on one split: `labels` 0/1, `scores` = P(class 1).
 * accuracy, precision, recall and f1 are of the positive class at the threshold (zero_division=0);
 * roc_auc and pr_auc (average precision) are threshold-free, NaN where undefined (roc_auc with one
 * class only, pr_auc without positives); log_loss uses the scores as probabilities. Each equals
 * its scikit-learn counterpart.
 *
 * A score exactly at the threshold is predicted 0: scikit-learn's classifiers and TensorFlow.js's
 * binaryAccuracy both predict class 1 only above 0.5, so the numbers agree with both.
 */
export function binaryClassificationMetrics(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  options: BinaryClassificationOptions = {},
): ClassificationReport {
  const threshold = options.threshold ?? 0.5;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw invalidMetricsInput(
      `threshold is ${String(threshold)}, but it must be a probability in [0, 1] (default 0.5).`,
      { threshold: String(threshold) },
    );
  }
  const names = classNames(options.classLabels, 2);
  const rows = pairedLength('labels', labels, 'scores', scores);
  const classes = readClassIndices('labels', labels, 2);
  checkProbabilities('scores', scores);

  const predicted = new Int32Array(rows);
  let correct = 0;
  for (let row = 0; row < rows; row++) {
    predicted[row] = scores[row] > threshold ? 1 : 0;
    if (predicted[row] === classes[row]) correct++;
  }
  const counts = countConfusion(classes, predicted, 2);
  const { precision, recall, f1 } = classPrecisionRecallF1(counts, 1);
  const ranking = rankingOfValidated(classes, scores);
  return {
    metrics: {
      accuracy: correct / rows,
      precision,
      recall,
      f1,
      roc_auc: ranking.rocAuc,
      pr_auc: ranking.averagePrecision,
      log_loss: binaryLogLossOfValidated(classes, scores),
    },
    confusionMatrix: { labels: names, counts },
  };
}
