import type { NumberBounds } from './config-fields';

/**
 * The limits a training configuration is held to: wide enough for any model this platform trains
 * on tabular features, narrow enough to catch a typo (a learning rate of 100, a million epochs)
 * before a run burns hours on it.
 */
export const TRAINING_CONFIG_BOUNDS = {
  maxHiddenLayers: 32,
  units: { whole: true, min: 1, max: 4096 },
  dropout: { min: 0, below: 1 },
  l2: { min: 0, max: 1 },
  learningRate: { above: 0, max: 10 },
  momentum: { min: 0, below: 1 },
  /** Step factors and exponential decay rates: the rate shrinks (or stays). */
  decay: { above: 0, max: 1 },
  epochs: { whole: true, min: 1, max: 10_000 },
  batchSize: { whole: true, min: 1, max: 65_536 },
  patience: { whole: true, min: 0, max: 10_000 },
  minDelta: { min: 0, max: 1_000_000 },
  classWeight: { above: 0, max: 1_000_000 },
  featureViewVersion: { whole: true, min: 1, max: 2_147_483_647 },
  seed: { whole: true, min: 0, max: Number.MAX_SAFE_INTEGER },
} satisfies Record<string, NumberBounds | number>;

/** Model and feature view names appear in topics, paths and URLs, like feature view names. */
export const CONFIG_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

export const CONFIG_NAME_RULE =
  "must start with a lower-case letter, then lower-case letters, digits, '_' or '-', at most 64 characters, e.g. 'flights-delay'";
