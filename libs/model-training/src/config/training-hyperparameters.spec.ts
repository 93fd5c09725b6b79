import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyConfigOverrides } from './apply-config-overrides';
import { parseTrainingConfig } from './parse-training-config';
import { trainingHyperparameters } from './training-hyperparameters';
import { shippedJson } from './training-config-fixtures';

describe('trainingHyperparameters', () => {
  it('flattens the main hyperparameters to strings', () => {
    // Pinned here, so tuning the shipped configuration does not change what this test checks.
    const config = applyConfigOverrides(parseTrainingConfig(shippedJson('flights-delay')), {
      'model.hiddenLayers':
        '[{"units": 64, "activation": "relu", "dropout": 0.1}, {"units": 64, "activation": "relu"}]',
      'optimizer.learningRate': '0.002',
      'optimizer.schedule': '{"kind": "exponential", "decayRate": 0.85}',
      'training.epochs': '8',
      'training.batchSize': '512',
      'training.earlyStopping.patience': '2',
      seed: '20010101',
    });
    assert.deepEqual(trainingHyperparameters(config), {
      epochs: '8',
      batchSize: '512',
      optimizer: 'adam',
      learningRate: '0.002',
      momentum: '0',
      schedule: 'exponential(decayRate=0.85)',
      hiddenUnits: '64,64',
      activation: 'relu,relu',
      dropout: '0.1,0',
      batchNorm: 'false,false',
      l2: '0,0',
      classWeights: 'none',
      earlyStoppingMonitor: 'val_roc_auc',
      earlyStoppingPatience: '2',
      seed: '20010101',
    });
  });

  it('says none for what is off and names explicit weights', () => {
    const config = applyConfigOverrides(parseTrainingConfig(shippedJson('flights-delay')), {
      'training.earlyStopping': 'null',
      'training.classWeights': '{"kind": "explicit", "weights": {"0": 1, "1": 3}}',
      'optimizer.schedule': '{"kind": "constant"}',
      'model.hiddenLayers': '[]',
    });
    const parameters = trainingHyperparameters(config);
    assert.equal(parameters.earlyStoppingMonitor, 'none');
    assert.equal(parameters.earlyStoppingPatience, 'none');
    assert.equal(parameters.classWeights, 'explicit(0=1,1=3)');
    assert.equal(parameters.schedule, 'constant');
    assert.equal(parameters.hiddenUnits, '');
  });
});
