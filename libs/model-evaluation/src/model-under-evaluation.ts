import type { RawBatch } from '@loopline/features';
import type { GatePolicy } from './gate-policy';

export interface LatencyMeasurement {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  samples: number;
}

/**
 * A model as the gate sees it: something that scores raw test rows through its own transform.
 * The evaluation service backs it with the stored artifact; the gate itself never loads one.
 */
export interface ModelUnderEvaluation {
  /** Output columns, in order: the classes of a classifier (binary: one positive-class score). */
  classLabels: readonly string[];
  /**
   * Outputs for every row, row-major (rows × outputs): probabilities for classifiers, the value
   * for regression. Rejects with a PlatformError when the batch lacks a column the model reads.
   */
  score(batch: RawBatch): Promise<Float32Array>;
  /** Times `samples` single-row predictions. */
  measureLatency(samples: number): Promise<LatencyMeasurement>;
  /** Total bytes of the stored artifact's files. */
  artifactSizeBytes: number;
}

export type EvaluationTask = 'binary_classification' | 'multiclass_classification' | 'regression';

export interface GateInputs {
  policy: GatePolicy;
  task: EvaluationTask;
  /** The candidate's classes; `labels` index them. Empty for regression. */
  classLabels: readonly string[];
  /** Test labels: class index for classifiers, the value for regression. */
  labels: Float32Array;
  /** The test rows before any transform: what slices, perturbations and champions read. */
  rawInputs: RawBatch;
  candidate: ModelUnderEvaluation;
  /** The current production model, or null when the model name has none yet. */
  champion: (ModelUnderEvaluation & { modelVersion: number }) | null;
  /**
   * The raw column the labels were derived from, when rawInputs holds it: robustness
   * perturbations never touch it. Leave it out when rawInputs holds only model inputs.
   */
  labelColumn?: string;
}
