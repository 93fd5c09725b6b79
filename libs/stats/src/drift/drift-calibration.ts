/**
 * What a reference's sampling noise looks like for windows of one size: per column, the PSI a
 * same-distribution window exceeds with probability alpha / columns, and the verdict bins it
 * was measured on. Plain JSON, so it can be computed once per model version and window size.
 */
export interface DriftCalibration {
  /** Rows per window it was calibrated for; other sizes scale the thresholds (see compare). */
  windowRows: number;
  referenceRowCount: number;
  /** Chance that a same-distribution window flags any column, split evenly over the columns. */
  alpha: number;
  draws: number;
  seed: number;
  columns: Record<string, ColumnCalibration>;
}

export interface ColumnCalibration {
  /** PSI quantile 1 - alpha / columns of same-distribution windows. */
  noiseThreshold: number;
  /**
   * Per reference bin (or category, other last), the verdict bin it counts in; missing values
   * form one more bin after them.
   */
  groups: number[];
}

/** Family-wise chance of a false alarm on a same-distribution window. */
export const DEFAULT_DRIFT_ALPHA = 0.05;

/** Bootstrap draws per column: enough for the 1 - 0.05/10 quantile to hold a few draws above it. */
export const DEFAULT_CALIBRATION_DRAWS = 2000;
