import type { ConfusionMatrix } from '@loopline/model-metrics';
import type { EvaluationPlots } from '../evaluation-report';
import type { GateData } from '../gate/gate-data';
import { calibrationBins } from './calibration-bins';
import { precisionRecallCurve, rocCurve } from './curves';
import { thresholdSweep } from './threshold-sweep';

/** At most this many points of predicted against actual for a regression model. */
export const RESIDUAL_SAMPLE = 1_000;

/**
 * The candidate's plots as data: ROC, precision-recall and calibration per class (binary: the
 * positive class as "positive"; multiclass: each class against the rest, keyed by its label, left
 * out where the class is absent from the test rows), the confusion matrix for classifiers, and
 * a sample of predictions against targets for regression.
 */
export function evaluationPlots(
  data: GateData,
  outputs: Float32Array,
  confusionMatrix: ConfusionMatrix | null,
): EvaluationPlots {
  const plots: EvaluationPlots = { roc: {}, pr: {}, calibration: {}, confusionMatrix: null };
  if (data.task === 'regression') {
    plots.residuals = residualSample(data.labels, outputs);
    return plots;
  }
  plots.confusionMatrix = confusionMatrix;
  const classes: [string, number][] =
    data.task === 'binary_classification'
      ? [['positive', 1]]
      : data.classLabels.map((label, c) => [label, c]);
  const offsetOf = (c: number) => (data.task === 'binary_classification' ? 0 : c);
  for (const [key, c] of classes) {
    const isPositive = (row: number) => data.labels[row] === c;
    const sweep = thresholdSweep(outputs, data.rows, isPositive, offsetOf(c), data.width);
    const roc = rocCurve(sweep);
    const pr = precisionRecallCurve(sweep);
    if (roc !== null) plots.roc[key] = roc;
    if (pr !== null) plots.pr[key] = pr;
    plots.calibration[key] = calibrationBins(
      outputs,
      data.rows,
      isPositive,
      offsetOf(c),
      data.width,
    );
  }
  return plots;
}

/** Evenly spaced rows, so the sample spans the split whatever its order. */
function residualSample(
  labels: Float32Array,
  outputs: Float32Array,
): NonNullable<EvaluationPlots['residuals']> {
  const n = Math.min(RESIDUAL_SAMPLE, labels.length);
  const actual: number[] = [];
  const predicted: number[] = [];
  for (let k = 0; k < n; k++) {
    const row = Math.floor((k * labels.length) / n);
    actual.push(labels[row]);
    predicted.push(outputs[row]);
  }
  return { actual, predicted };
}
