import type { ModelTask } from '@loopline/contracts';
import type { EvaluationPlots } from '@loopline/model-evaluation';
import { buildDriftReference, type DriftColumnReference } from '@loopline/stats';

/** The name the model's output takes among a window's columns (DriftDetected's convention). */
export const PREDICTION_COLUMN = 'prediction';

/**
 * The version's outputs on its held-out test split, from its evaluation report, as a drift
 * reference column: binary classifiers by their positive-class probability in the report's ten
 * calibration bins, multiclass ones by predicted class (the confusion matrix's column sums),
 * regressors by the report's sample of predictions. Null when the report has none of these.
 */
export function outputReference(
  task: ModelTask,
  plots: EvaluationPlots,
): DriftColumnReference | null {
  if (task === 'binary_classification') return probabilityReference(plots);
  if (task === 'multiclass_classification') return predictedClassReference(plots);
  if (task === 'regression' && plots.residuals !== undefined) {
    const values = Float64Array.from(plots.residuals.predicted);
    const reference = buildDriftReference(values.length, [
      { name: PREDICTION_COLUMN, kind: 'numeric', values },
    ]);
    return reference.columns[0] ?? null;
  }
  return null;
}

function probabilityReference(plots: EvaluationPlots): DriftColumnReference | null {
  const bins = plots.calibration.positive?.bins ?? [];
  if (bins.length === 0) return null;
  const cuts = Array.from({ length: 9 }, (_, i) => (i + 1) / 10);
  const counts = new Array<number>(10).fill(0);
  let total = 0;
  let sum = 0;
  let squares = 0;
  for (const bin of bins) {
    const index = Math.min(9, Math.max(0, Math.round(bin.lower * 10)));
    counts[index] += bin.count;
    total += bin.count;
    sum += bin.meanPredicted * bin.count;
    squares += bin.meanPredicted ** 2 * bin.count;
  }
  const mean = sum / total;
  // Spread between bin means only: a lower bound of the deviation, enough to scale distances.
  const std = Math.sqrt(Math.max(0, squares / total - mean ** 2));
  return {
    name: PREDICTION_COLUMN,
    kind: 'numeric',
    cuts,
    counts,
    missing: 0,
    min: Math.min(...bins.map((bin) => bin.lower)),
    max: Math.max(...bins.map((bin) => bin.upper)),
    mean,
    std: std > 0 ? std : 0.1,
  };
}

function predictedClassReference(plots: EvaluationPlots): DriftColumnReference | null {
  const matrix = plots.confusionMatrix;
  if (matrix === null) return null;
  const predicted = matrix.labels.map((_, column) =>
    matrix.counts.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  const order = matrix.labels
    .map((label, index) => ({ label, count: predicted[index] }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  return {
    name: PREDICTION_COLUMN,
    kind: 'categorical',
    categories: order.map((each) => each.label),
    counts: [...order.map((each) => each.count), 0],
    missing: 0,
  };
}
