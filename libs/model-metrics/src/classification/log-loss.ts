import { checkProbabilities, checkRowsSumToOne } from '../input/check-scores';
import { pairedLength } from '../input/paired-length';
import { checkClassCount, readClassIndices } from '../input/read-class-indices';

/**
 * Probabilities are clipped to [ε, 1 − ε] with ε the float64 machine epsilon, as scikit-learn's
 * log_loss does, so a confident wrong answer (p = 0 for the true class) costs about 36 instead of
 * an infinite loss that would hide every other row.
 */
const EPSILON = Number.EPSILON;
const clippedLog = (p: number): number =>
  Math.log(p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p);

/**
 * Mean cross-entropy of 0/1 `labels` under `scores` = P(class 1), natural log; equals
 * scikit-learn's log_loss(labels, scores, labels=[0, 1]).
 */
export function binaryLogLoss(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  pairedLength('labels', labels, 'scores', scores);
  const classes = readClassIndices('labels', labels, 2);
  checkProbabilities('scores', scores);
  return binaryLogLossOfValidated(classes, scores);
}

export function binaryLogLossOfValidated(classes: Int32Array, scores: ArrayLike<number>): number {
  let sum = 0;
  for (let row = 0; row < classes.length; row++) {
    // 1 − p first, then clipped: the same order as scikit-learn's two-column expansion.
    sum -= clippedLog(classes[row] === 1 ? scores[row] : 1 - scores[row]);
  }
  return sum / classes.length;
}

/**
 * Mean cross-entropy of class-index `labels` under row-major `probabilities` (rows × classCount),
 * natural log; equals scikit-learn's log_loss(labels, probabilities, labels=range(classCount)).
 * Rows are not renormalised: scikit-learn stopped doing so (1.5 on) and only warns when rows do
 * not sum to 1; here a row whose sum is off by more than PROBABILITY_ROW_SUM_TOLERANCE is rejected,
 * and within it the loss is taken as given.
 */
export function multiclassLogLoss(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  classCount: number,
): number {
  checkClassCount(classCount);
  pairedLength('labels', labels, 'probabilities', probabilities, classCount);
  const classes = readClassIndices('labels', labels, classCount);
  checkProbabilities('probabilities', probabilities);
  checkRowsSumToOne('probabilities', probabilities, classCount);
  return multiclassLogLossOfValidated(classes, probabilities, classCount);
}

export function multiclassLogLossOfValidated(
  classes: Int32Array,
  probabilities: ArrayLike<number>,
  classCount: number,
): number {
  let sum = 0;
  for (let row = 0; row < classes.length; row++) {
    sum -= clippedLog(probabilities[row * classCount + classes[row]]);
  }
  return sum / classes.length;
}
