import * as tf from '@tensorflow/tfjs';
import type { TrainingConfig, TrainingTask } from '../config/training-config';
import { deriveSeed } from '../data/derive-seed';
import { PROBABILITIES_LAYER } from '../model/output-head';

/** One training batch on the backend: features `[n × width]`, targets, per-row loss weights. */
export interface TrainingBatch {
  features: tf.Tensor2D;
  /** binary, regression: `[n × 1]` targets; multiclass: `[n]` int32 class indices. */
  targets: tf.Tensor;
  /** `[n]` class weights of the rows, or null when all weigh 1. */
  weights: tf.Tensor1D | null;
}

/**
 * Builds the function the optimizer minimizes: the mean (class-weighted) loss of a batch from
 * the model's logits, plus each hidden layer's L2 penalty. Dropout is applied here rather than
 * by the Dropout layers: a seeded Dropout layer draws the same mask on every call, an unseeded
 * one uses Math.random; here each (step, layer) gets its own mask from the run's seed.
 */
export function trainingLoss(model: tf.LayersModel, config: TrainingConfig, classCount: number) {
  const penalties = config.model.hiddenLayers.flatMap((layer, i) =>
    layer.l2 > 0
      ? [{ l2: layer.l2, kernel: model.getLayer(`hidden_${i}_dense`).trainableWeights[0] }]
      : [],
  );
  return (batch: TrainingBatch, step: number): tf.Scalar => {
    let h: tf.Tensor = batch.features;
    model.layers.forEach((layer, index) => {
      if (layer.name === PROBABILITIES_LAYER) return;
      if (layer.getClassName() === 'Dropout') {
        const rate = layer.getConfig().rate as number;
        h = tf.dropout(h, rate, undefined, deriveSeed(config.seed, 1_000 + index, step));
      } else {
        h = layer.apply(h, { training: true }) as tf.Tensor;
      }
    });
    const perRow = rowLosses(config.task, h, batch.targets, classCount);
    let loss: tf.Scalar = tf.mean(batch.weights == null ? perRow : tf.mul(perRow, batch.weights));
    for (const { l2, kernel } of penalties)
      loss = tf.add(loss, tf.mul(l2, tf.sum(tf.square(kernel.read()))));
    return loss;
  };
}

/** `[n]` unweighted losses: sigmoid or softmax cross-entropy from logits, or squared error. */
function rowLosses(
  task: TrainingTask,
  logits: tf.Tensor,
  targets: tf.Tensor,
  classCount: number,
): tf.Tensor1D {
  const none = tf.Reduction.NONE;
  if (task === 'multiclass_classification') {
    const oneHot = tf.oneHot(targets as tf.Tensor1D, classCount);
    return tf.losses.softmaxCrossEntropy(oneHot, logits, undefined, 0, none) as tf.Tensor1D;
  }
  const perRow =
    task === 'binary_classification'
      ? tf.losses.sigmoidCrossEntropy(targets, logits, undefined, 0, none)
      : tf.squaredDifference(logits, targets);
  return tf.reshape(perRow, [-1]);
}
