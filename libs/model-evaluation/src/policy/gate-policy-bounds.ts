import type { NumberBounds } from './policy-fields';

/** What a policy leaves out takes these values. */
export const GATE_POLICY_DEFAULTS = {
  decisionThreshold: 0.5,
  seed: 0,
  /** Below about 100 rows a slice's AUC or rate moves by several points from noise alone. */
  minRows: 100,
  maxSlices: 20,
  latencySamples: 200,
} as const;

/** The limits a gate policy is held to: wide for any real gate, narrow enough to catch a typo. */
export const GATE_POLICY_BOUNDS = {
  decisionThreshold: { min: 0, max: 1 },
  seed: { whole: true, min: 0, max: Number.MAX_SAFE_INTEGER },
  threshold: {},
  nonNegative: { min: 0 },
  minRatio: { min: 0, max: 1 },
  minRows: { whole: true, min: 1, max: 100_000_000 },
  maxSlices: { whole: true, min: 1, max: 1_000 },
  noiseScale: { above: 0, max: 100 },
  missingFraction: { above: 0, max: 1 },
  p95MaxMs: { above: 0 },
  latencySamples: { whole: true, min: 1, max: 100_000 },
  maxBytes: { whole: true, min: 1 },
} satisfies Record<string, NumberBounds>;

/** Model names appear in topics, paths and URLs: the rule of training configurations. */
export const MODEL_NAME = /^[a-z][a-z0-9_-]{0,63}$/;
export const MODEL_NAME_RULE =
  "must start with a lower-case letter, then lower-case letters, digits, '_' or '-', at most 64 characters, e.g. 'flights-delay'";

/** Check names become parts of metric names (`robustness.<check>.roc_auc.drop`). */
export const CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const CHECK_NAME_RULE =
  "must be letters, digits, '_' or '-' (not starting with '_' or '-'), at most 64 characters, e.g. 'min-auc'";
