/** PSI at or above this is a moderate shift by the usual convention: the default minimum effect. */
export const DEFAULT_MINIMUM_EFFECT = 0.1;

/** One column of a window against its reference: every statistic, and the verdict. */
export interface ColumnDrift {
  column: string;
  kind: 'numeric' | 'categorical';
  /** Present values of the column in the window (what KS and chi-square count). */
  sampleSize: number;
  /** Present values of the column in the reference. */
  referenceSampleSize: number;
  statistics: {
    /** Over the verdict bins (deciles or categories, plus missing): the verdict statistic. */
    psi: number;
    /** Numeric: over the reference's fine bins, present values. */
    ks?: { statistic: number; pValue: number };
    /** Numeric: in reference standard deviations (raw units when that is 0). */
    wasserstein?: number;
    /** Categorical: categories plus other, present values. */
    chiSquare?: { statistic: number; dof: number; pValue: number };
    /** Over the verdict bins, like PSI. */
    jensenShannon: number;
  };
  verdict: {
    test: 'psi';
    statistic: number;
    /** max(noiseThreshold, minimumEffect). */
    threshold: number;
    /** The calibrated noise quantile, scaled to this window's size. */
    noiseThreshold: number;
    minimumEffect: number;
    drifted: boolean;
  };
}

export interface DriftComparison {
  rowCount: number;
  referenceRowCount: number;
  columns: ColumnDrift[];
  driftedColumns: string[];
  /** driftedColumns over compared columns. */
  driftedShare: number;
}
