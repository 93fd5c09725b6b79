import type { ThresholdComparator } from './gate-policy';

/** The value of `format` in an evaluation report. */
export const EVALUATION_REPORT_FORMAT = 'loopline.evaluation-report/v1';

/** One check's outcome; the fields of the GateCheckResult event record. */
export interface GateCheckOutcome {
  checkName: string;
  /** What was measured, e.g. test.roc_auc, slices.origin.roc_auc.gap, latency.p95_ms. */
  metric: string;
  comparator: ThresholdComparator | 'max_regression';
  threshold: number;
  /** Null when it could not be computed (the check then fails, and the message says why). */
  observed: number | null;
  baseline: number | null;
  passed: boolean;
  message: string;
}

export interface SliceMetrics {
  /** The slice's value, e.g. ATL or January. */
  value: string;
  rows: number;
  metrics: Record<string, number>;
  /** False for a slice below the check's minRows: reported, not judged. */
  judged: boolean;
}

export interface SliceReport {
  checkName: string;
  /** e.g. origin, date.month */
  slicedBy: string;
  slices: SliceMetrics[];
}

export interface CurvePoints {
  x: number[];
  y: number[];
  /** Score threshold at each point, when the curve has them. */
  thresholds?: number[];
}

/** Plots as data: enough to draw them, never images. */
export interface EvaluationPlots {
  /** Binary: one curve ("positive"); multiclass: one-vs-rest per class label. */
  roc: Record<string, CurvePoints>;
  pr: Record<string, CurvePoints>;
  /** Reliability diagram: mean predicted probability against the observed rate, per bin. */
  calibration: Record<
    string,
    {
      bins: {
        lower: number;
        upper: number;
        meanPredicted: number;
        observedRate: number;
        count: number;
      }[];
    }
  >;
  /** counts[true][predicted] over `labels`. */
  confusionMatrix: { labels: string[]; counts: number[][] } | null;
  /** Regression: predicted against actual, a sample of at most 1,000 points. */
  residuals?: { actual: number[]; predicted: number[] };
}

/** What evaluateGate found; the service adds identities (evaluation id, policy version, model). */
export interface GateEvaluation {
  format: typeof EVALUATION_REPORT_FORMAT;
  passed: boolean;
  checks: GateCheckOutcome[];
  /** Split-qualified: test.roc_auc, champion.test.roc_auc, latency.p95_ms, artifact.size_bytes … */
  metrics: Record<string, number>;
  rows: number;
  decisionThreshold: number | null;
  champion: { modelVersion: number; metrics: Record<string, number> } | null;
  slices: SliceReport[];
  robustness: { checkName: string; perturbation: string; metrics: Record<string, number> }[];
  latency: { p50Ms: number; p95Ms: number; p99Ms: number; samples: number } | null;
  plots: EvaluationPlots;
}
