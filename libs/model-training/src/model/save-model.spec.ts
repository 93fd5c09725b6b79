import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { selectBackend } from '../backend/select-backend';
import { syntheticData, testConfig } from '../engine/train-model.fixtures';
import { TrainingErrorCode } from '../engine/training-error-code';
import { buildModel } from './build-model';
import { loadModel } from './load-model';
import { predictRows } from './predict-rows';
import { saveModel, WEIGHTS_FILE } from './save-model';

describe('saveModel and loadModel', () => {
  before(() => selectBackend('wasm'));

  it('round-trips to the same predictions, in batches of any size', async () => {
    const config = testConfig('multiclass_classification', {
      model: {
        hiddenLayers: [{ units: 8, activation: 'swish', dropout: 0.3, batchNorm: true, l2: 0.1 }],
      },
    });
    const model = buildModel(config, 4, 3);
    const files = await saveModel(model);
    const manifest = JSON.parse(files.modelJson).weightsManifest;
    assert.deepEqual(manifest[0].paths, [WEIGHTS_FILE]);
    assert.equal(files.weights.byteLength, model.countParams() * 4);
    const { validation } = syntheticData('multiclass_classification', 300);
    const before = predictRows(model, validation.features, validation.rows, 4);
    const loaded = await loadModel(files);
    assert.deepEqual(predictRows(loaded, validation.features, validation.rows, 4, 7), before);
    assert.equal(before.length, validation.rows * 3);
    model.dispose();
    loaded.dispose();
  });

  it('rejects files that are not a model', async () => {
    await assert.rejects(
      loadModel({ modelJson: '{', weights: new Uint8Array() }),
      (e: PlatformError) => e.code === TrainingErrorCode.InvalidModelFiles,
    );
  });
});
