// Generated from schemas/DriftDetected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { DriftTest } from './drift-test';

/** Drift measurement of one feature (or of the model output) between the reference and the monitoring window. */
export interface FeatureDriftResult {
  /** Name of the feature, or "prediction" for the model output. */
  featureName: string;
  /** Test or distance that produced the statistic. */
  test: DriftTest;
  /** Value of the test statistic or distance. */
  statistic: number;
  /** p-value of the test; null for distances (PSI, Jensen-Shannon, Wasserstein) that have none. */
  pValue: number | null;
  /** Threshold above which (for distances) or below which (for p-values) the feature counts as drifted. */
  threshold: number;
  /** Whether the feature counts as drifted. */
  drifted: boolean;
}
