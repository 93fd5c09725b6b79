import type { ClassWeights, LearningRateSchedule, TrainingConfig } from './training-config';

/**
 * The main hyperparameters of a configuration flattened to strings, for the TrainingRunStarted
 * event and for filtering runs (`hiddenUnits=64,64`). Every key is always present, with `none`
 * where a feature is off, so a filter never has to tell "off" from "not recorded". Per-layer
 * values are comma-separated in layer order.
 */
export function trainingHyperparameters(config: TrainingConfig): Record<string, string> {
  const layers = config.model.hiddenLayers;
  const stopping = config.training.earlyStopping;
  return {
    epochs: String(config.training.epochs),
    batchSize: String(config.training.batchSize),
    optimizer: config.optimizer.name,
    learningRate: String(config.optimizer.learningRate),
    momentum: String(config.optimizer.momentum),
    schedule: describeSchedule(config.optimizer.schedule),
    hiddenUnits: layers.map((layer) => layer.units).join(','),
    activation: layers.map((layer) => layer.activation).join(','),
    dropout: layers.map((layer) => layer.dropout).join(','),
    batchNorm: layers.map((layer) => layer.batchNorm).join(','),
    l2: layers.map((layer) => layer.l2).join(','),
    classWeights: describeClassWeights(config.training.classWeights),
    earlyStoppingMonitor: stopping === null ? 'none' : stopping.monitor,
    earlyStoppingPatience: stopping === null ? 'none' : String(stopping.patience),
    seed: String(config.seed),
  };
}

/** `constant`, `step(factor=0.5,everyEpochs=10)`, `exponential(decayRate=0.85)`, ... */
function describeSchedule(schedule: LearningRateSchedule): string {
  const { kind, ...parameters } = schedule;
  return withParameters(kind, parameters);
}

/** `none`, `balanced`, `explicit(0=1,1=5)`. */
function describeClassWeights(weights: ClassWeights): string {
  return weights.kind === 'explicit' ? withParameters(weights.kind, weights.weights) : weights.kind;
}

function withParameters(name: string, parameters: Record<string, number>): string {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return name;
  return `${name}(${entries.map(([key, value]) => `${key}=${value}`).join(',')})`;
}
