import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../backend/select-backend';
import { loadModel } from '../model/load-model';
import { predictRows } from '../model/predict-rows';
import { syntheticData, testConfig } from './train-model.fixtures';
import { trainModel } from './train-model';
import { TrainingErrorCode } from './training-error-code';

describe('trainModel', () => {
  before(async () => {
    const selection = await selectBackend('wasm');
    assert.equal(selection.backend, 'wasm');
  });

  it('gives identical epochs and weights for the same seed, different ones for another', async () => {
    const data = syntheticData('binary_classification');
    const config = testConfig('binary_classification', {
      model: {
        hiddenLayers: [{ units: 8, activation: 'relu', dropout: 0.2, batchNorm: true, l2: 0.001 }],
      },
    });
    const a = await trainModel({ config, data });
    const b = await trainModel({ config, data });
    const c = await trainModel({ config: { ...config, seed: 8 }, data });
    assert.deepEqual(
      a.epochs.map((e) => e.metrics),
      b.epochs.map((e) => e.metrics),
    );
    assert.deepEqual(a.model.weights, b.model.weights);
    assert.equal(a.model.modelJson, b.model.modelJson);
    assert.notDeepEqual(a.model.weights, c.model.weights);
    assert.notEqual(a.epochs[0].metrics.loss, c.epochs[0].metrics.loss);
  });

  it('learns a separable binary problem', async () => {
    const result = await trainModel({
      config: testConfig('binary_classification', {
        training: {
          epochs: 15,
          batchSize: 32,
          earlyStopping: null,
          classWeights: { kind: 'none' },
        },
      }),
      data: syntheticData('binary_classification'),
    });
    const last = result.epochs.at(-1)!.metrics;
    assert.ok(last.val_accuracy > 0.95, `val_accuracy ${last.val_accuracy}`);
    assert.ok(last.val_roc_auc > 0.98);
    assert.ok(last.loss < result.epochs[0].metrics.loss);
    for (const name of ['val_loss', 'val_pr_auc', 'val_f1'])
      assert.ok(Number.isFinite(last[name]), name);
    assert.equal(result.predictions.test.length, 200);
    assert.equal(result.backend, 'wasm');
  });

  it('learns three classes and a linear target', async () => {
    const epochs = {
      epochs: 20,
      batchSize: 32,
      earlyStopping: null,
      classWeights: { kind: 'none' },
    } as const;
    const multi = await trainModel({
      config: testConfig('multiclass_classification', { training: epochs }),
      data: syntheticData('multiclass_classification'),
    });
    assert.ok(
      multi.epochs.at(-1)!.metrics.val_accuracy > 0.9,
      `${multi.epochs.at(-1)!.metrics.val_accuracy}`,
    );
    assert.equal(multi.predictions.validation.length, 200 * 3);
    const reg = await trainModel({
      config: testConfig('regression', { training: epochs }),
      data: syntheticData('regression'),
    });
    assert.ok(reg.epochs.at(-1)!.metrics.val_r2 > 0.98, `${reg.epochs.at(-1)!.metrics.val_r2}`);
  });

  it('stops early and restores the best weights', async () => {
    const data = syntheticData('binary_classification');
    // A learning rate this high overshoots after the first epochs, so val_loss stops improving.
    const config = testConfig('binary_classification', {
      optimizer: { name: 'sgd', learningRate: 3, momentum: 0.9, schedule: { kind: 'constant' } },
      training: {
        epochs: 40,
        batchSize: 32,
        earlyStopping: {
          monitor: 'val_loss',
          mode: 'min',
          patience: 2,
          minDelta: 0,
          restoreBestWeights: true,
        },
        classWeights: { kind: 'none' },
      },
    });
    const result = await trainModel({ config, data });
    assert.ok(result.stoppedEarly);
    assert.ok(result.epochs.length < 40);
    assert.equal(result.epochs.length, result.bestEpoch + 3);
    const best = result.epochs[result.bestEpoch].metrics.val_loss;
    assert.ok(result.epochs.every((e) => e.metrics.val_loss >= best));
    // The kept model reproduces the best epoch's validation loss, not the last one's.
    const model = await loadModel(result.model);
    const outputs = predictRows(
      model,
      data.validation.features,
      data.validation.rows,
      data.validation.width,
    );
    model.dispose();
    assert.deepEqual(outputs, result.predictions.validation);
    const logLoss =
      -data.validation.labels.reduce((sum, y, i) => {
        const p = Math.min(Math.max(outputs[i], 1e-15), 1 - 1e-15);
        return sum + (y === 1 ? Math.log(p) : Math.log(1 - p));
      }, 0) / data.validation.rows;
    assert.ok(Math.abs(logLoss - best) < 1e-4, `${logLoss} vs ${best}`);
  });

  it('weights classes: balanced weights raise recall of the rare class', async () => {
    const data = syntheticData('binary_classification', 600, 4, 0.1);
    const training = { epochs: 3, batchSize: 32, earlyStopping: null } as const;
    const plain = await trainModel({
      config: testConfig('binary_classification', {
        training: { ...training, classWeights: { kind: 'none' } },
      }),
      data,
    });
    const balanced = await trainModel({
      config: testConfig('binary_classification', {
        training: { ...training, classWeights: { kind: 'balanced' } },
      }),
      data,
    });
    const positives = (p: Float32Array) => p.filter((x) => x >= 0.5).length;
    assert.ok(positives(balanced.predictions.train) > positives(plain.predictions.train));
  });

  it('stops on abort between batches', async () => {
    const controller = new AbortController();
    const config = testConfig('binary_classification');
    await assert.rejects(
      trainModel({
        config,
        data: syntheticData('binary_classification'),
        signal: controller.signal,
        onEpoch: () => controller.abort(),
      }),
      (error: Error) => error.name === 'AbortError',
    );
  });

  it('fails with NON_FINITE_LOSS naming the epoch', async () => {
    const data = syntheticData('regression');
    data.train.features[5] = 3e38;
    await assert.rejects(
      trainModel({ config: testConfig('regression'), data }),
      (error: PlatformError) => {
        assert.equal(error.code, TrainingErrorCode.NonFiniteLoss);
        assert.equal(error.retriable, false);
        assert.equal(error.details.epoch, 0);
        return true;
      },
    );
  });

  it('keeps the tensor count flat across epochs and releases everything', async () => {
    const baseline = tf.memory().numTensors;
    const counts: number[] = [];
    const config = testConfig('multiclass_classification', {
      model: {
        hiddenLayers: [{ units: 8, activation: 'elu', dropout: 0.1, batchNorm: true, l2: 0.01 }],
      },
      training: {
        epochs: 4,
        batchSize: 32,
        earlyStopping: {
          monitor: 'val_accuracy',
          mode: 'max',
          patience: 10,
          minDelta: 0,
          restoreBestWeights: true,
        },
        classWeights: { kind: 'balanced' },
      },
    });
    await trainModel({
      config,
      data: syntheticData('multiclass_classification'),
      onEpoch: () => counts.push(tf.memory().numTensors),
    });
    assert.equal(new Set(counts.slice(1)).size, 1, `${counts}`);
    assert.equal(tf.memory().numTensors, baseline);
  });
});
