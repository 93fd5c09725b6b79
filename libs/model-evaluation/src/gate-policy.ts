/** The value of `format` in a gate policy. */
export const GATE_POLICY_FORMAT = 'loopline.gate-policy/v1';

/**
 * A way to cut the test rows into groups, by a raw input column of the test split: a
 * categorical column's values (e.g. origin airport), or a part of a timestamp column.
 */
export interface SliceSpec {
  column: string;
  /** For a timestamp column: month (January…), season (winter…), weekday (Monday…) or hour. */
  part?: 'month' | 'season' | 'weekday' | 'hour';
}

export type ThresholdComparator = 'gte' | 'gt' | 'lte' | 'lt';

export type Perturbation =
  /** Adds seeded Gaussian noise of `scale` standard deviations to numeric input columns. */
  | { type: 'noise'; scale: number; columns?: string[] }
  /** Blanks a seeded `fraction` of the values of the input columns (NaN / missing category). */
  | { type: 'missing'; fraction: number; columns?: string[] };

/**
 * One check of a gate policy. Metric names are those of @loopline/model-metrics (roc_auc,
 * pr_auc, accuracy, f1, precision, recall, log_loss, rmse, mae, r2), computed on the test split.
 */
export type GateCheckSpec =
  /** An absolute bound on a test metric. */
  | {
      kind: 'threshold';
      name: string;
      metric: string;
      comparator: ThresholdComparator;
      threshold: number;
    }
  /** The candidate may be worse than the production model on the same rows by at most maxRegression. */
  | { kind: 'champion'; name: string; metric: string; maxRegression: number }
  /** Per-slice metric: the spread between slices at most maxGap, each slice at least minValue. */
  | {
      kind: 'slices';
      name: string;
      slice: SliceSpec;
      metric: string;
      maxGap?: number;
      minValue?: number;
      /** Slices with fewer rows are reported but not judged (too noisy to hold to a bound). */
      minRows: number;
      /** Only the largest slices are judged. */
      maxSlices: number;
    }
  /** Disparity between groups: the smallest group rate over the largest at least minRatio. */
  | {
      kind: 'fairness';
      name: string;
      slice: SliceSpec;
      measure: 'positive_rate' | 'true_positive_rate' | 'accuracy';
      minRatio: number;
      minRows: number;
      maxSlices: number;
    }
  /** The metric under a seeded perturbation of the inputs drops at most maxDrop. */
  | {
      kind: 'robustness';
      name: string;
      perturbation: Perturbation;
      metric: string;
      maxDrop: number;
    }
  /** p95 of a single-row prediction, measured on the evaluating machine. */
  | { kind: 'latency'; name: string; p95MaxMs: number; samples: number }
  /** Total bytes of the model's files (topology, weights, transform, signature). */
  | { kind: 'artifact_size'; name: string; maxBytes: number };

export type GateCheckKind = GateCheckSpec['kind'];

/** A model's evaluation gate: every check must pass. A policy without checks is refused. */
export interface GatePolicy {
  format: typeof GATE_POLICY_FORMAT;
  modelName: string;
  description: string;
  /** Binary classifiers: a row is predicted positive when its score is above this (as @loopline/model-metrics counts it). Default 0.5. */
  decisionThreshold: number;
  /** Seed of the perturbations, so a verdict can be reproduced. */
  seed: number;
  checks: GateCheckSpec[];
}
