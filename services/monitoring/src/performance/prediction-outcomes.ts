import type { EntityManager } from 'typeorm';

/**
 * Predictions of one log file, as the window reader hands them over: the ids labels will join
 * on, and what was predicted. Column arrays are aligned by row.
 */
export interface LoggedPredictions {
  modelName: string;
  trainingRunId: string;
  modelVersion: number | null;
  /** The window the predictions were counted in; realized metrics are kept per window. */
  windowId: string;
  predictionIds: readonly string[];
  /** Epoch milliseconds. */
  requestTimes: ArrayLike<number>;
  /** The class label (classifiers) or the value (regressors) each prediction answered. */
  predicted: readonly (string | number)[];
  /** Model outputs by name (`probability`, `probability:<class>`, `prediction`). */
  outputs: Readonly<Record<string, ArrayLike<number>>>;
}

/** Realized performance of one window: what the labels that arrived so far say. */
export interface WindowPerformance {
  labeledCount: number;
  /** e.g. accuracy, roc_auc (binary), rmse and mae (regression); empty without labels. */
  metrics: Record<string, number>;
}

/**
 * Where logged predictions wait for their labels. The performance slice implements it; the
 * window reader records every log file's predictions through it, in the transaction that counts
 * them into their window.
 */
export abstract class PredictionOutcomes {
  abstract record(manager: EntityManager, predictions: LoggedPredictions): Promise<void>;
  abstract windowPerformance(
    manager: EntityManager,
    windowIds: readonly string[],
  ): Promise<Map<string, WindowPerformance>>;
}
