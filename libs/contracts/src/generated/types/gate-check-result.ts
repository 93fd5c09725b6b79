// Generated from schemas/ModelGateFailed.avsc, schemas/ModelGatePassed.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { GateComparator } from './gate-comparator';

/** Outcome of one check of an evaluation gate policy. */
export interface GateCheckResult {
  /** Name of the check in the gate policy, e.g. min_test_auc or no_regression_vs_production. */
  checkName: string;
  /** Metric the check reads, e.g. test.auc or test.log_loss. */
  metric: string;
  /** How the observed value is compared with the threshold. */
  comparator: GateComparator;
  /** Threshold of the check (an absolute bound, or the allowed drop for max_regression). */
  threshold: number;
  /** Value of the metric for the candidate model; null when the metric could not be computed (the check then fails). */
  observed: number | null;
  /** Value of the metric for the baseline (current production) model; null when there is no baseline. */
  baseline: number | null;
  /** Whether the check passed. */
  passed: boolean;
  /** Human-readable explanation of the outcome. */
  message: string;
}
