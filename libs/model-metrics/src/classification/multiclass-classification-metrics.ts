import { classNames } from '../input/class-names';
import { checkProbabilities, checkRowsSumToOne } from '../input/check-scores';
import { pairedLength } from '../input/paired-length';
import { checkClassCount, readClassIndices } from '../input/read-class-indices';
import { meanOfDefined, oneVsRestRankings } from '../ranking/one-vs-rest';
import { countConfusion } from './confusion-matrix';
import { multiclassLogLossOfValidated } from './log-loss';
import type { ClassificationReport } from '../metric-reports';
import { macroPrecisionRecallF1 } from './precision-recall-f1';

export interface MulticlassClassificationOptions {
  /** Names of the classes in class-index order, for the confusion matrix; default '0', '1', ... */
  classLabels?: readonly string[];
}

/**
 * Every metric of a classifier with `classCount` classes on one split: `labels` are class indices,
 * `probabilities` row-major rows × classCount (softmax outputs), the predicted class is the argmax
 * (the first on a tie, like numpy's argmax). Each metric equals its scikit-learn counterpart:
 * precision, recall and f1 macro-averaged with zero_division=0 over the classes seen in labels or
 * predictions; roc_auc = roc_auc_score(multi_class='ovr', average='macro'); pr_auc = macro
 * one-vs-rest average precision; log_loss over the rows as given (not renormalised).
 *
 * A class absent from the labels is left out of roc_auc and pr_auc (see meanOfDefined); roc_auc
 * is NaN when the labels hold a single class. The confusion matrix always has every class.
 */
export function multiclassClassificationMetrics(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
  options: MulticlassClassificationOptions = {},
): ClassificationReport {
  checkClassCount(classCount);
  const names = classNames(options.classLabels, classCount);
  const rows = pairedLength('labels', labels, 'probabilities', probabilities, classCount);
  const classes = readClassIndices('labels', labels, classCount);
  checkProbabilities('probabilities', probabilities);
  checkRowsSumToOne('probabilities', probabilities, classCount);

  const predicted = new Int32Array(rows);
  let correct = 0;
  for (let row = 0, at = 0; row < rows; row++, at += classCount) {
    let best = 0;
    for (let c = 1; c < classCount; c++)
      if (probabilities[at + c] > probabilities[at + best]) best = c;
    predicted[row] = best;
    if (best === classes[row]) correct++;
  }
  const counts = countConfusion(classes, predicted, classCount);
  const { precision, recall, f1 } = macroPrecisionRecallF1(counts);
  const rankings = oneVsRestRankings(classes, probabilities, classCount);
  return {
    metrics: {
      accuracy: correct / rows,
      precision,
      recall,
      f1,
      roc_auc: meanOfDefined(rankings.map((ranking) => ranking.rocAuc)),
      pr_auc: meanOfDefined(rankings.map((ranking) => ranking.averagePrecision)),
      log_loss: multiclassLogLossOfValidated(classes, probabilities, classCount),
    },
    confusionMatrix: { labels: names, counts },
  };
}
