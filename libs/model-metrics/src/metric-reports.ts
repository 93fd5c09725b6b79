/** A confusion matrix over every class of the model, absent ones included (a row or column of zeros). */
export interface ConfusionMatrix {
  /** Display names of the classes, in class-index order. */
  labels: string[];
  /** counts[trueClass][predictedClass] */
  counts: number[][];
}

/** What a classifier scored on one split. */
export interface ClassificationReport {
  /**
   * accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss (binary: of the positive class;
   * multiclass: macro averages, one-vs-rest AUCs). roc_auc and pr_auc are NaN where they are
   * undefined (see rocAuc and averagePrecision); the others are always finite.
   */
  metrics: Record<string, number>;
  confusionMatrix: ConfusionMatrix;
}

/** What a regressor scored on one split. */
export interface RegressionReport {
  /** rmse, mae, r2 */
  metrics: Record<string, number>;
}
