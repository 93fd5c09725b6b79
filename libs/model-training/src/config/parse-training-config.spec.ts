import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseTrainingConfig } from './parse-training-config';
import {
  flights,
  problemPaths,
  problemsOf,
  REMOVE,
  SHIPPED_CONFIGS,
  shippedJson,
} from './training-config-fixtures';

const layer = (units: number) => ({ units, activation: 'relu' });

describe('parseTrainingConfig', () => {
  for (const name of SHIPPED_CONFIGS) {
    it(`parses the shipped ${name} configuration`, () => {
      const config = parseTrainingConfig(shippedJson(name));
      assert.equal(config.modelName, name);
      assert.deepEqual(config, shippedJson(name));
      assert.deepEqual(parseTrainingConfig(config), config);
    });
  }

  it('fills every default of a minimal configuration', () => {
    const config = parseTrainingConfig(
      flights({
        autoTrain: REMOVE,
        'featureView.version': REMOVE,
        'model.hiddenLayers': [layer(8)],
        optimizer: { name: 'sgd', learningRate: 0.1 },
        'training.earlyStopping': REMOVE,
        'training.classWeights': REMOVE,
      }),
    );
    assert.equal(config.autoTrain, false);
    assert.equal(config.featureView.version, null);
    assert.deepEqual(config.model.hiddenLayers, [
      { units: 8, activation: 'relu', dropout: 0, batchNorm: false, l2: 0 },
    ]);
    assert.deepEqual(config.optimizer, {
      name: 'sgd',
      learningRate: 0.1,
      momentum: 0,
      schedule: { kind: 'constant' },
    });
    assert.equal(config.training.earlyStopping, null);
    assert.deepEqual(config.training.classWeights, { kind: 'none' });
  });

  it('accepts a linear model (no hidden layer) and explicit class weights', () => {
    const config = parseTrainingConfig(
      flights({
        'model.hiddenLayers': [],
        'training.classWeights': { kind: 'explicit', weights: { '0': 1, '1': 4.5 } },
      }),
    );
    assert.deepEqual(config.model.hiddenLayers, []);
    assert.deepEqual(config.training.classWeights, {
      kind: 'explicit',
      weights: { '0': 1, '1': 4.5 },
    });
  });

  it('names a bad layer field with its path and the rule it breaks', () => {
    const [problem] = problemsOf(() =>
      parseTrainingConfig(flights({ 'model.hiddenLayers[1].units': 0 })),
    );
    assert.deepEqual(problem, {
      path: 'model.hiddenLayers[1].units',
      message: 'must be a whole number from 1 to 4096 (got 0)',
    });
  });

  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a wrong format', { format: 'loopline.training-config/v2' }, ['format']],
    ['a model name that is not a slug', { modelName: 'Flights Delay' }, ['modelName']],
    ['a missing description', { description: REMOVE }, ['description']],
    ['a blank description', { description: '  ' }, ['description']],
    ['an unknown task', { task: 'ranking' }, ['task']],
    ['an unknown field at the root', { learningRate: 0.1 }, ['learningRate']],
    [
      'an unknown field in a layer',
      { 'model.hiddenLayers[0].activaton': 'relu' },
      ['model.hiddenLayers[0].activaton'],
    ],
    ['a missing feature view', { featureView: REMOVE }, ['featureView']],
    ['a feature view version of 0', { 'featureView.version': 0 }, ['featureView.version']],
    [
      'a feature view name that is not a slug',
      { 'featureView.name': 'Flights!' },
      ['featureView.name'],
    ],
    ['autoTrain that is not a boolean', { autoTrain: 'yes' }, ['autoTrain']],
    ['hidden layers that are not a list', { 'model.hiddenLayers': {} }, ['model.hiddenLayers']],
    ['a layer that is not an object', { 'model.hiddenLayers[0]': 64 }, ['model.hiddenLayers[0]']],
    [
      'too many layers',
      { 'model.hiddenLayers': Array.from({ length: 33 }, () => layer(4)) },
      ['model.hiddenLayers'],
    ],
    [
      'an unknown activation',
      { 'model.hiddenLayers[0].activation': 'gelu' },
      ['model.hiddenLayers[0].activation'],
    ],
    ['a dropout of 1', { 'model.hiddenLayers[0].dropout': 1 }, ['model.hiddenLayers[0].dropout']],
    ['a negative l2', { 'model.hiddenLayers[1].l2': -0.1 }, ['model.hiddenLayers[1].l2']],
    [
      'a unit count that is not whole',
      { 'model.hiddenLayers[0].units': 6.5 },
      ['model.hiddenLayers[0].units'],
    ],
    ['an unknown optimizer', { 'optimizer.name': 'lbfgs' }, ['optimizer.name']],
    ['a learning rate of 0', { 'optimizer.learningRate': 0 }, ['optimizer.learningRate']],
    ['a learning rate above 10', { 'optimizer.learningRate': 11 }, ['optimizer.learningRate']],
    ['momentum for adam', { 'optimizer.momentum': 0.9 }, ['optimizer.momentum']],
    [
      'an unknown schedule',
      { 'optimizer.schedule': { kind: 'cyclic' } },
      ['optimizer.schedule.kind'],
    ],
    [
      'a step schedule without its factor',
      { 'optimizer.schedule': { kind: 'step', everyEpochs: 2 } },
      ['optimizer.schedule.factor'],
    ],
    [
      'a field of another schedule',
      { 'optimizer.schedule.factor': 0.5 },
      ['optimizer.schedule.factor'],
    ],
    [
      'a cosine floor above the rate',
      { 'optimizer.schedule': { kind: 'cosine', minLearningRate: 0.1 } },
      ['optimizer.schedule.minLearningRate'],
    ],
    ['0 epochs', { 'training.epochs': 0 }, ['training.epochs']],
    ['too many epochs', { 'training.epochs': 10_001 }, ['training.epochs']],
    ['a batch too large', { 'training.batchSize': 65_537 }, ['training.batchSize']],
    [
      'a metric regressions do not report',
      { task: 'regression', 'training.classWeights': REMOVE },
      ['training.earlyStopping.monitor'],
    ],
    [
      'an unknown monitored metric',
      { 'training.earlyStopping.monitor': 'val_auc' },
      ['training.earlyStopping.monitor'],
    ],
    [
      'a mode against the metric',
      { 'training.earlyStopping.mode': 'min' },
      ['training.earlyStopping.mode'],
    ],
    [
      'a negative patience',
      { 'training.earlyStopping.patience': -1 },
      ['training.earlyStopping.patience'],
    ],
    [
      'early stopping without restoreBestWeights',
      { 'training.earlyStopping.restoreBestWeights': REMOVE },
      ['training.earlyStopping.restoreBestWeights'],
    ],
    [
      'an unknown class weights kind',
      { 'training.classWeights.kind': 'inverse' },
      ['training.classWeights.kind'],
    ],
    [
      'explicit weights without weights',
      { 'training.classWeights': { kind: 'explicit' } },
      ['training.classWeights.weights'],
    ],
    [
      'a class a binary model does not have',
      { 'training.classWeights': { kind: 'explicit', weights: { '1': 2, '2': 1 } } },
      ['training.classWeights.weights.2'],
    ],
    [
      'a weight of 0',
      { 'training.classWeights': { kind: 'explicit', weights: { '0': 0 } } },
      ['training.classWeights.weights.0'],
    ],
    ['a negative seed', { seed: -1 }, ['seed']],
    ['a seed beyond the safe integers', { seed: 2 ** 53 }, ['seed']],
    ['a missing seed', { seed: REMOVE }, ['seed']],
  ];
  for (const [what, edits, paths] of cases) {
    it(`names ${what} at ${paths.join(', ')}`, () => {
      assert.deepEqual(
        problemPaths(() => parseTrainingConfig(flights(edits))),
        paths,
      );
    });
  }

  it('explains a mode that contradicts the metric', () => {
    const [problem] = problemsOf(() =>
      parseTrainingConfig(flights({ 'training.earlyStopping.mode': 'min' })),
    );
    assert.match(problem.message, /must be 'max' for val_roc_auc, which is better when higher/);
  });

  it('refuses class weights for a regression', () => {
    const paths = problemPaths(() =>
      parseTrainingConfig(
        flights({
          task: 'regression',
          'training.earlyStopping.monitor': 'val_rmse',
          'training.earlyStopping.mode': 'min',
          'training.classWeights.kind': 'balanced',
        }),
      ),
    );
    assert.deepEqual(paths, ['training.classWeights.kind']);
  });

  it('allows momentum for sgd and rmsprop', () => {
    for (const name of ['sgd', 'rmsprop']) {
      const config = parseTrainingConfig(
        flights({ 'optimizer.name': name, 'optimizer.momentum': 0.9 }),
      );
      assert.equal(config.optimizer.momentum, 0.9);
    }
  });

  it('names every problem at once', () => {
    const paths = problemPaths(() =>
      parseTrainingConfig(
        flights({
          modelName: 'Bad Name',
          description: REMOVE,
          'model.hiddenLayers[1].units': 5000,
          'model.hiddenLayers[0].dropout': -0.5,
          'optimizer.learningRate': 'fast',
          'training.epochs': 0,
          'training.earlyStopping.mode': 'min',
          colour: 'red',
        }),
      ),
    );
    assert.deepEqual(paths, [
      'colour',
      'description',
      'model.hiddenLayers[0].dropout',
      'model.hiddenLayers[1].units',
      'modelName',
      'optimizer.learningRate',
      'training.earlyStopping.mode',
      'training.epochs',
    ]);
  });

  it('rejects input that is not an object', () => {
    assert.deepEqual(
      problemPaths(() => parseTrainingConfig([1])),
      ['(root)'],
    );
    assert.deepEqual(
      problemPaths(() => parseTrainingConfig(null)),
      ['(root)'],
    );
  });

  it('requires the model name it is registered under', () => {
    const options = { expectedModelName: 'flights-delay' };
    assert.equal(parseTrainingConfig(flights(), options).modelName, 'flights-delay');
    const [problem] = problemsOf(() =>
      parseTrainingConfig(flights(), { expectedModelName: 'other-model' }),
    );
    assert.equal(problem.path, 'modelName');
    assert.match(problem.message, /'other-model'/);
  });

  it('says in its message what was wrong and what to do', () => {
    assert.throws(
      () => parseTrainingConfig(flights({ 'training.epochs': 0, seed: -1 })),
      (error: Error) =>
        error.message.startsWith('Invalid training configuration (2 problems): ') &&
        error.message.includes('training.epochs: must be a whole number from 1 to 10000 (got 0)') &&
        error.message.includes('Fix these fields'),
    );
  });
});
