import type { Problem } from '@loopline/features';
import { TRAINING_CONFIG_FORMAT, type TrainingConfig, type TrainingTask } from './training-config';
import { ConfigFields } from './config-fields';
import { invalidTrainingConfig } from './invalid-training-config.error';
import { parseClassWeights } from './parse-class-weights';
import { parseEarlyStopping } from './parse-early-stopping';
import { parseHiddenLayers } from './parse-hidden-layers';
import { parseOptimizer } from './parse-optimizer';
import {
  CONFIG_NAME,
  CONFIG_NAME_RULE,
  TRAINING_CONFIG_BOUNDS as BOUNDS,
} from './training-config-bounds';

const CONFIG_FIELDS = [
  'format',
  'modelName',
  'description',
  'task',
  'featureView',
  'autoTrain',
  'model',
  'optimizer',
  'training',
  'seed',
];
const TASKS: readonly TrainingTask[] = [
  'binary_classification',
  'multiclass_classification',
  'regression',
];

export interface ParseTrainingConfigOptions {
  /**
   * The model name the configuration is registered under (the URL path, the file name): its
   * `modelName` must equal it, so one model's recipe cannot land under another's name.
   */
  expectedModelName?: string;
}

/**
 * Parses a training configuration as JSON (a shipped file, an HTTP body, a stored version) into
 * a normalized copy: every optional field holds its default (layer dropout 0, batchNorm false,
 * l2 0; optimizer momentum 0, schedule constant; earlyStopping null, classWeights none;
 * autoTrain false; featureView.version null), nothing is dropped (an unknown field is a
 * problem). Names every problem at once, each with its path (`model.hiddenLayers[1].units`), in
 * a PlatformError `TRAINING.INVALID_CONFIG` whose `details.problems` lists them.
 */
export function parseTrainingConfig(
  input: unknown,
  options: ParseTrainingConfigOptions = {},
): TrainingConfig {
  const problems: Problem[] = [];
  const config = readConfig(input, problems, options);
  if (config === null || problems.length > 0) throw invalidTrainingConfig(problems);
  return config;
}

/** Reads a configuration, recording every problem; the result is meaningless if there are any. */
export function readConfig(
  input: unknown,
  problems: Problem[],
  options: ParseTrainingConfigOptions = {},
): TrainingConfig | null {
  const root = ConfigFields.at(input, '', problems);
  if (root === null) return null;
  root.allowOnly(CONFIG_FIELDS);
  const format = root.oneOf('format', [TRAINING_CONFIG_FORMAT], { required: true });
  const modelName = readName(root, 'modelName');
  if (
    modelName !== null &&
    options.expectedModelName !== undefined &&
    modelName !== options.expectedModelName
  ) {
    root.problem(
      'modelName',
      `must equal the name it is registered under, '${options.expectedModelName}' (got '${modelName}')`,
    );
  }
  const task = root.oneOf('task', TASKS, { required: true });
  return {
    format: format ?? TRAINING_CONFIG_FORMAT,
    modelName: modelName ?? '',
    description: root.string('description', { required: true }) ?? '',
    task: task ?? 'regression',
    featureView: readFeatureView(root),
    autoTrain: root.boolean('autoTrain', false),
    model: { hiddenLayers: parseHiddenLayers(root) },
    optimizer: parseOptimizer(root),
    training: readTraining(root, task),
    seed: root.number('seed', BOUNDS.seed, { required: true }) ?? 0,
  };
}

function readName(fields: ConfigFields, field: string): string | null {
  const name = fields.string(field, { required: true });
  if (name === null || CONFIG_NAME.test(name)) return name;
  fields.problem(field, `${CONFIG_NAME_RULE} (got '${name}')`);
  return null;
}

function readFeatureView(root: ConfigFields): TrainingConfig['featureView'] {
  const view = root.object('featureView', { required: true });
  if (view === null) return { name: '', version: null };
  view.allowOnly(['name', 'version']);
  return {
    name: readName(view, 'name') ?? '',
    version: view.number('version', BOUNDS.featureViewVersion),
  };
}

function readTraining(root: ConfigFields, task: TrainingTask | null): TrainingConfig['training'] {
  const training = root.object('training', { required: true });
  if (training === null)
    return { epochs: 1, batchSize: 1, earlyStopping: null, classWeights: { kind: 'none' } };
  training.allowOnly(['epochs', 'batchSize', 'earlyStopping', 'classWeights']);
  return {
    epochs: training.number('epochs', BOUNDS.epochs, { required: true }) ?? 1,
    batchSize: training.number('batchSize', BOUNDS.batchSize, { required: true }) ?? 1,
    earlyStopping: parseEarlyStopping(training, task),
    classWeights: parseClassWeights(training, task),
  };
}
