import type { Activation, DenseLayerConfig } from './training-config';
import { ConfigFields } from './config-fields';
import { TRAINING_CONFIG_BOUNDS as BOUNDS } from './training-config-bounds';

const ACTIVATIONS: readonly Activation[] = [
  'relu',
  'elu',
  'selu',
  'tanh',
  'sigmoid',
  'swish',
  'linear',
];
const LAYER_FIELDS = ['units', 'activation', 'dropout', 'batchNorm', 'l2'];

/**
 * Reads `model.hiddenLayers`: up to 32 dense layers, in order. No hidden layer at all is a
 * linear (or logistic) model, which is a fair baseline, so an empty list is allowed.
 */
export function parseHiddenLayers(root: ConfigFields): DenseLayerConfig[] {
  const model = root.object('model', { required: true });
  if (model === null) return [];
  model.allowOnly(['hiddenLayers']);
  const items = model.array('hiddenLayers', { required: true }) ?? [];
  if (items.length > BOUNDS.maxHiddenLayers) {
    model.problem(
      'hiddenLayers',
      `must have at most ${BOUNDS.maxHiddenLayers} layers (got ${items.length}); ` +
        'a deeper network does not pay off on tabular features',
    );
  }
  return items.flatMap((item, index) => {
    const layer = ConfigFields.at(item, `${model.pathOf('hiddenLayers')}[${index}]`, root.problems);
    return layer === null ? [] : [parseLayer(layer)];
  });
}

function parseLayer(layer: ConfigFields): DenseLayerConfig {
  layer.allowOnly(LAYER_FIELDS);
  return {
    units: layer.number('units', BOUNDS.units, { required: true }) ?? 1,
    activation: layer.oneOf('activation', ACTIVATIONS, { required: true }) ?? 'linear',
    dropout: layer.number('dropout', BOUNDS.dropout) ?? 0,
    batchNorm: layer.boolean('batchNorm', false),
    l2: layer.number('l2', BOUNDS.l2) ?? 0,
  };
}
