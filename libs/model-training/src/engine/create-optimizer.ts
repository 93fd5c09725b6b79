import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../config/training-config';

/** The configured optimizer at its base learning rate. */
export function createOptimizer(config: OptimizerConfig): tf.Optimizer {
  const { learningRate, momentum } = config;
  switch (config.name) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return momentum > 0 ? tf.train.momentum(learningRate, momentum) : tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate, 0.9, momentum);
    case 'adagrad':
      return tf.train.adagrad(learningRate);
  }
}

/**
 * Moves an optimizer to a new learning rate between epochs, keeping its state (moments,
 * accumulators). SGD caches the rate as a tensor and has a setter for it; the others read their
 * `learningRate` field on every step, which TensorFlow.js declares protected without a setter.
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  // Duck-typed: TensorFlow.js optimizers answer `instanceof` by shape, so Adam "is" an SGDOptimizer.
  const target = optimizer as unknown as {
    learningRate: number;
    setLearningRate?: (rate: number) => void;
  };
  if (typeof target.setLearningRate === 'function') target.setLearningRate(learningRate);
  else target.learningRate = learningRate;
}
