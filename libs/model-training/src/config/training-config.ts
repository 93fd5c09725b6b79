/** The value of `format` in a training configuration. */
export const TRAINING_CONFIG_FORMAT = 'loopline.training-config/v1';

/** The learning task; the same names as the `ModelTask` enum of the event contracts. */
export type TrainingTask = 'binary_classification' | 'multiclass_classification' | 'regression';

export type Activation = 'relu' | 'elu' | 'selu' | 'tanh' | 'sigmoid' | 'swish' | 'linear';

/** One hidden dense layer; applied in this order: dense → batch norm → activation → dropout. */
export interface DenseLayerConfig {
  units: number;
  activation: Activation;
  /** Fraction of units dropped while training, in [0, 1); 0 for none. */
  dropout: number;
  batchNorm: boolean;
  /** L2 penalty on the layer's kernel; 0 for none. */
  l2: number;
}

export type OptimizerName = 'adam' | 'sgd' | 'rmsprop' | 'adagrad';

/**
 * How the learning rate moves from epoch to epoch (epoch e counts from 0):
 * - constant: `learningRate`;
 * - step: × `factor` every `everyEpochs` epochs;
 * - exponential: × `decayRate` ^ e;
 * - cosine: from `learningRate` down to `minLearningRate` over the configured epochs.
 */
export type LearningRateSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; factor: number; everyEpochs: number }
  | { kind: 'exponential'; decayRate: number }
  | { kind: 'cosine'; minLearningRate: number };

export interface OptimizerConfig {
  name: OptimizerName;
  learningRate: number;
  /** sgd and rmsprop only; 0 otherwise. */
  momentum: number;
  schedule: LearningRateSchedule;
}

/**
 * Validation metrics an epoch reports (`val_` + a metric of `@loopline/model-metrics`), any of
 * which early stopping can watch. Classifiers report loss, accuracy, ROC AUC, PR AUC and F1;
 * regressors loss, RMSE, MAE and R².
 */
export type MonitoredMetric =
  | 'val_loss'
  | 'val_accuracy'
  | 'val_roc_auc'
  | 'val_pr_auc'
  | 'val_f1'
  | 'val_rmse'
  | 'val_mae'
  | 'val_r2';

export interface EarlyStoppingConfig {
  monitor: MonitoredMetric;
  /** Whether a larger value of the monitored metric is better. */
  mode: 'min' | 'max';
  /** Epochs without an improvement of at least `minDelta` before training stops. */
  patience: number;
  minDelta: number;
  /** Whether the model keeps the weights of its best epoch rather than its last. */
  restoreBestWeights: boolean;
}

/**
 * Per-class loss weights for imbalanced labels: none, `balanced` (n / (classes × count of the
 * class), as scikit-learn computes it on the training split), or explicit weights keyed by the
 * class label (`"0"`/`"1"` for binary, the class name for multiclass).
 */
export type ClassWeights =
  { kind: 'none' } | { kind: 'balanced' } | { kind: 'explicit'; weights: Record<string, number> };

/**
 * What a model is trained from and how: one versioned configuration per model name (shipped as a
 * file, or sent over HTTP). The feature view names the training data; the rest is the recipe.
 * Parsed configurations are normalized: every optional field holds its default.
 */
export interface TrainingConfig {
  format: typeof TRAINING_CONFIG_FORMAT;
  modelName: string;
  description: string;
  task: TrainingTask;
  /** Feature view to train on; `version` null means the newest materialized one. */
  featureView: { name: string; version: number | null };
  /** Whether a newly materialized feature set of the view starts a run by itself. */
  autoTrain: boolean;
  model: { hiddenLayers: DenseLayerConfig[] };
  optimizer: OptimizerConfig;
  training: {
    epochs: number;
    batchSize: number;
    earlyStopping: EarlyStoppingConfig | null;
    classWeights: ClassWeights;
  };
  /** Seeds initializers, dropout and the order of training rows. */
  seed: number;
}
