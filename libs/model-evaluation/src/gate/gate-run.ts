import type { GateCheckOutcome, GateEvaluation, SliceReport } from '../evaluation-report';
import type { GateInputs, LatencyMeasurement } from '../model-under-evaluation';
import type { GateData } from './gate-data';

/** The champion as the checks see it: its test metrics on the candidate's rows, or why there are none. */
export type ChampionScores =
  | { modelVersion: number; metrics: Record<string, number>; error: null }
  | { modelVersion: number; metrics: null; error: string };

/** Everything a check reads; computed once per evaluation. */
export interface GateRun {
  inputs: GateInputs;
  data: GateData;
  /** The candidate's outputs on the test rows, laid out as `data` says. */
  outputs: Float32Array;
  /** The candidate's test metrics (NaN where undefined). */
  testMetrics: Record<string, number>;
  champion: ChampionScores | null;
  /** Measured once when the policy has a latency check. */
  latency: LatencyMeasurement | { error: string } | null;
}

/** What one check adds to the evaluation. */
export interface CheckResult {
  outcomes: GateCheckOutcome[];
  slices?: SliceReport;
  robustness?: GateEvaluation['robustness'][number];
}

/** The message of a rejected promise or thrown value, for an outcome that could not be computed. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
