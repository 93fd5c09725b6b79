import type { TrainingConfig, TrainingTask } from '../config/training-config';
import { seededRandom } from '@loopline/stats';
import type { SplitMatrix, TrainingData } from './train-model.types';

/** A small configuration for tests: one hidden layer, Adam, a few epochs. */
export function testConfig(
  task: TrainingTask,
  overrides: Partial<TrainingConfig> = {},
): TrainingConfig {
  return {
    format: 'loopline.training-config/v1',
    modelName: 'test-model',
    description: '',
    task,
    featureView: { name: 'test-view', version: 1 },
    autoTrain: false,
    model: {
      hiddenLayers: [{ units: 16, activation: 'relu', dropout: 0, batchNorm: false, l2: 0 }],
    },
    optimizer: { name: 'adam', learningRate: 0.01, momentum: 0, schedule: { kind: 'constant' } },
    training: { epochs: 5, batchSize: 32, earlyStopping: null, classWeights: { kind: 'none' } },
    seed: 7,
    ...overrides,
  };
}

/**
 * Synthetic data with `width` standard-uniform features: binary labels by the sign of x0 + x1
 * (`positiveShare` bends the boundary for imbalance), 3 classes by which of x0, x1, x2 is
 * largest, or a linear target 2·x0 − x1 + 0.5 for regression.
 */
export function syntheticData(
  task: TrainingTask,
  rows = 600,
  width = 4,
  positiveShare = 0.5,
): TrainingData {
  const random = seededRandom(11);
  const split = (n: number): SplitMatrix => {
    const features = Float32Array.from({ length: n * width }, () => random() * 2 - 1);
    const labels = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const [a, b, c] = features.subarray(i * width, i * width + 3);
      if (task === 'regression') labels[i] = 2 * a - b + 0.5;
      else if (task === 'multiclass_classification')
        labels[i] = a >= b && a >= c ? 0 : b >= c ? 1 : 2;
      else labels[i] = (a + b) / 2 > 1 - 2 * positiveShare ? 1 : 0;
    }
    return { rows: n, width, features, labels };
  };
  return {
    train: split(rows),
    validation: split(Math.round(rows / 3)),
    test: split(Math.round(rows / 3)),
    featureNames: Array.from({ length: width }, (_, i) => `x${i}`),
    classLabels:
      task === 'regression'
        ? null
        : task === 'binary_classification'
          ? ['0', '1']
          : ['a', 'b', 'c'],
  };
}
