import type { LearningRateSchedule, OptimizerConfig, OptimizerName } from './training-config';
import type { ConfigFields } from './config-fields';
import { TRAINING_CONFIG_BOUNDS as BOUNDS } from './training-config-bounds';

const OPTIMIZERS: readonly OptimizerName[] = ['adam', 'sgd', 'rmsprop', 'adagrad'];
/** Only these optimizers take a momentum term; a momentum for the others would be ignored. */
const WITH_MOMENTUM: readonly OptimizerName[] = ['sgd', 'rmsprop'];
const SCHEDULE_KINDS = ['constant', 'step', 'exponential', 'cosine'] as const;
const SCHEDULE_FIELDS: Record<LearningRateSchedule['kind'], string[]> = {
  constant: ['kind'],
  step: ['kind', 'factor', 'everyEpochs'],
  exponential: ['kind', 'decayRate'],
  cosine: ['kind', 'minLearningRate'],
};

/** Reads `optimizer`: its name, learning rate, momentum (0 by default) and schedule (constant). */
export function parseOptimizer(root: ConfigFields): OptimizerConfig {
  const fallback: OptimizerConfig = {
    name: 'adam',
    learningRate: 0.001,
    momentum: 0,
    schedule: { kind: 'constant' },
  };
  const optimizer = root.object('optimizer', { required: true });
  if (optimizer === null) return fallback;
  optimizer.allowOnly(['name', 'learningRate', 'momentum', 'schedule']);
  const name = optimizer.oneOf('name', OPTIMIZERS, { required: true });
  const learningRate = optimizer.number('learningRate', BOUNDS.learningRate, { required: true });
  const momentum = optimizer.number('momentum', BOUNDS.momentum) ?? 0;
  if (momentum !== 0 && name !== null && !WITH_MOMENTUM.includes(name)) {
    optimizer.problem(
      'momentum',
      `applies to ${WITH_MOMENTUM.join(' and ')} only; ${name} has none, so set it to 0 or remove it`,
    );
  }
  return {
    name: name ?? fallback.name,
    learningRate: learningRate ?? fallback.learningRate,
    momentum,
    schedule: parseSchedule(optimizer, learningRate),
  };
}

function parseSchedule(optimizer: ConfigFields, learningRate: number | null): LearningRateSchedule {
  const schedule = optimizer.object('schedule');
  if (schedule === null) return { kind: 'constant' };
  const kind = schedule.oneOf('kind', SCHEDULE_KINDS, { required: true });
  if (kind === null) return { kind: 'constant' };
  schedule.allowOnly(SCHEDULE_FIELDS[kind]);
  switch (kind) {
    case 'constant':
      return { kind };
    case 'step':
      return {
        kind,
        factor: schedule.number('factor', BOUNDS.decay, { required: true }) ?? 1,
        everyEpochs: schedule.number('everyEpochs', BOUNDS.epochs, { required: true }) ?? 1,
      };
    case 'exponential':
      return {
        kind,
        decayRate: schedule.number('decayRate', BOUNDS.decay, { required: true }) ?? 1,
      };
    case 'cosine': {
      const floor = schedule.number('minLearningRate', { min: 0 }, { required: true }) ?? 0;
      if (learningRate !== null && floor > learningRate) {
        // The schedule falls from the learning rate to this floor; a higher floor would rise.
        schedule.problem(
          'minLearningRate',
          `must be at most the learning rate (${learningRate}), which the schedule falls from (got ${floor})`,
        );
      }
      return { kind, minLearningRate: floor };
    }
  }
}
