import * as tf from '@tensorflow/tfjs';
import type { DenseLayerConfig, TrainingConfig } from '../config/training-config';
import { deriveSeed } from '../data/derive-seed';
import { LOGITS_LAYER, outputHeadOf, PROBABILITIES_LAYER } from './output-head';

/**
 * The network of a training configuration: hidden layers as configured (dense → batch norm →
 * activation → dropout), a linear `logits` layer, and for classifiers a `probabilities` layer
 * (sigmoid or softmax). Keeping the output activation separate lets training compute the loss
 * from logits, which stays finite where a saturated probability would give log(0).
 * Every initializer and dropout layer has its own seed from `config.seed`, and layer names are
 * fixed, so the same configuration gives the same model.json and weights in any process.
 */
export function buildModel(
  config: TrainingConfig,
  inputWidth: number,
  classCount: number,
): tf.Sequential {
  const model = tf.sequential({ name: 'model' });
  let stream = 0;
  const seed = () => deriveSeed(config.seed, stream++);
  config.model.hiddenLayers.forEach((layer, index) => {
    for (const hidden of hiddenLayer(
      layer,
      `hidden_${index}`,
      seed,
      index === 0 ? inputWidth : null,
    )) {
      model.add(hidden);
    }
  });
  const head = outputHeadOf(config.task, classCount);
  model.add(
    tf.layers.dense({
      name: LOGITS_LAYER,
      units: head.units,
      activation: 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed() }),
      ...(config.model.hiddenLayers.length === 0 ? { inputShape: [inputWidth] } : {}),
    }),
  );
  if (head.activation != null) {
    model.add(tf.layers.activation({ name: PROBABILITIES_LAYER, activation: head.activation }));
  }
  return model;
}

function hiddenLayer(
  layer: DenseLayerConfig,
  name: string,
  seed: () => number,
  inputWidth: number | null,
): tf.layers.Layer[] {
  // selu only self-normalizes with LeCun-normal weights; the rest use Glorot as Keras does.
  const kernelInitializer =
    layer.activation === 'selu'
      ? tf.initializers.leCunNormal({ seed: seed() })
      : tf.initializers.glorotUniform({ seed: seed() });
  const layers: tf.layers.Layer[] = [
    tf.layers.dense({
      name: `${name}_dense`,
      units: layer.units,
      // Batch norm's shift makes a bias redundant.
      useBias: !layer.batchNorm,
      activation: layer.batchNorm ? 'linear' : layer.activation,
      kernelInitializer,
      ...(inputWidth != null ? { inputShape: [inputWidth] } : {}),
    }),
  ];
  if (layer.batchNorm) {
    layers.push(tf.layers.batchNormalization({ name: `${name}_batch_norm` }));
    layers.push(tf.layers.activation({ name: `${name}_activation`, activation: layer.activation }));
  }
  const dropoutSeed = seed();
  if (layer.dropout > 0) {
    layers.push(
      tf.layers.dropout({ name: `${name}_dropout`, rate: layer.dropout, seed: dropoutSeed }),
    );
  }
  return layers;
}
