import type { TrainingConfig } from '../config/training-config';

/** A split as one row-major Float32 matrix (`rows × width`) and its labels. */
export interface SplitMatrix {
  rows: number;
  width: number;
  features: Float32Array;
  /** 0/1 for binary, class index for multiclass, the target for regression. */
  labels: Float32Array;
}

export interface TrainingData {
  train: SplitMatrix;
  validation: SplitMatrix;
  test: SplitMatrix;
  /** Model-input feature names in tensor column order (`width` of them). */
  featureNames: readonly string[];
  /** Class labels in class-index order (binary: ["0", "1"]); null for regression. */
  classLabels: readonly string[] | null;
}

/** The TensorFlow.js backend a run used, best first. */
export type TrainingBackend = 'tensorflow-gpu' | 'tensorflow' | 'wasm' | 'cpu';

/** One finished epoch: training loss and metrics, and `val_`-prefixed validation metrics. */
export interface EpochReport {
  epoch: number;
  totalEpochs: number;
  metrics: Record<string, number>;
  learningRate: number;
  durationMs: number;
  samplesPerSecond: number;
}

/** The model as TensorFlow.js saves it: `model.json` (topology + manifest) and its weights. */
export interface SavedModelFiles {
  modelJson: string;
  weights: Uint8Array;
}

export interface TrainModelRequest {
  config: TrainingConfig;
  data: TrainingData;
  /** Called after every epoch, before the next starts. */
  onEpoch?: (report: EpochReport) => void;
  /** Aborting stops training between batches with an AbortError. */
  signal?: AbortSignal;
}

export interface TrainModelResult {
  backend: TrainingBackend;
  frameworkVersion: string;
  epochs: EpochReport[];
  /** Epoch whose weights the model holds (the best one when early stopping restored it). */
  bestEpoch: number;
  stoppedEarly: boolean;
  parameterCount: number;
  /** Training throughput over all epochs (rows × epochs / training time). */
  samplesPerSecond: number;
  /**
   * Model outputs per split, row-major: binary and regression one value per row (probability
   * of class 1, or the prediction); multiclass one probability per class.
   */
  predictions: { train: Float32Array; validation: Float32Array; test: Float32Array };
  model: SavedModelFiles;
  durationMs: number;
}
