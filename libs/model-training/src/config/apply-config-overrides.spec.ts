import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyConfigOverrides } from './apply-config-overrides';
import { parseTrainingConfig } from './parse-training-config';
import { problemsOf, shippedJson } from './training-config-fixtures';

const flights = () => parseTrainingConfig(shippedJson('flights-delay'));

describe('applyConfigOverrides', () => {
  it('applies overrides by dotted path, reading values as JSON when they parse', () => {
    const config = applyConfigOverrides(flights(), {
      'optimizer.learningRate': '0.001',
      'optimizer.name': 'sgd',
      'optimizer.momentum': '0.9',
      'training.epochs': '3',
      'model.hiddenLayers.0.units': '32',
      'training.earlyStopping': 'null',
      description: 'a quick check',
    });
    assert.equal(config.optimizer.learningRate, 0.001);
    assert.equal(config.optimizer.name, 'sgd');
    assert.equal(config.optimizer.momentum, 0.9);
    assert.equal(config.training.epochs, 3);
    assert.equal(config.model.hiddenLayers[0].units, 32);
    assert.equal(config.model.hiddenLayers[1].units, 64);
    assert.equal(config.training.earlyStopping, null);
    assert.equal(config.description, 'a quick check');
  });

  it('leaves the original configuration untouched and fills defaults of what it adds', () => {
    const original = flights();
    const config = applyConfigOverrides(original, {
      'model.hiddenLayers.2': '{"units": 8, "activation": "tanh"}',
    });
    assert.deepEqual(config.model.hiddenLayers[2], {
      units: 8,
      activation: 'tanh',
      dropout: 0,
      batchNorm: false,
      l2: 0,
    });
    assert.equal(original.model.hiddenLayers.length, 2);
  });

  it('returns an equal configuration for no overrides', () => {
    assert.deepEqual(applyConfigOverrides(flights(), {}), flights());
  });

  it('names a bad value with its path and the override it came from', () => {
    const problems = problemsOf(() =>
      applyConfigOverrides(flights(), {
        'model.hiddenLayers.1.units': '0',
        'training.epochs': 'many',
      }),
    );
    assert.deepEqual(
      problems.map((problem) => problem.path),
      ['model.hiddenLayers[1].units', 'training.epochs'],
    );
    assert.equal(
      problems[0].message,
      'must be a whole number from 1 to 4096 (got 0) (from override model.hiddenLayers.1.units=0)',
    );
  });

  it('names bad paths', () => {
    const problems = problemsOf(() =>
      applyConfigOverrides(flights(), {
        'optimiser.learningRate': '0.1',
        'optimizer.lr': '0.1',
        'model.hiddenLayers.7.units': '8',
        'training.epochs.max': '3',
        'training..epochs': '3',
      }),
    );
    assert.deepEqual(problems.map((problem) => problem.path).sort(), [
      'model.hiddenLayers[7]',
      'optimiser',
      'optimizer.lr',
      'training..epochs',
      'training.epochs',
    ]);
  });

  it('asks for a whole object under a field that is null', () => {
    const noStopping = applyConfigOverrides(flights(), { 'training.earlyStopping': 'null' });
    const [problem] = problemsOf(() =>
      applyConfigOverrides(noStopping, { 'training.earlyStopping.patience': '3' }),
    );
    assert.equal(problem.path, 'training.earlyStopping');
    assert.match(problem.message, /override training.earlyStopping with a whole JSON object/);
  });

  it('refuses to override the model name or the format', () => {
    const problems = problemsOf(() =>
      applyConfigOverrides(flights(), {
        modelName: 'other-model',
        format: 'x',
        'training.epochs': '2',
      }),
    );
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['format', 'modelName']);
  });

  it('says in its message that the problem came from an override', () => {
    assert.throws(
      () => applyConfigOverrides(flights(), { 'optimizer.learningRate': '-1' }),
      (error: Error & { details: Record<string, unknown> }) =>
        error.message.startsWith(
          'Training configuration overrides make an invalid configuration',
        ) && (error.details.overrides as Record<string, string>)['optimizer.learningRate'] === '-1',
    );
  });

  it('checks the result as a whole, so an override cannot break a cross-field rule', () => {
    const problems = problemsOf(() =>
      applyConfigOverrides(flights(), { 'training.earlyStopping.mode': 'min' }),
    );
    assert.equal(problems[0].path, 'training.earlyStopping.mode');
  });
});
