import type { ClassWeights, TrainingTask } from './training-config';
import type { ConfigFields } from './config-fields';
import { fitsBounds, numberKind, showValue } from './config-fields';
import { TRAINING_CONFIG_BOUNDS as BOUNDS } from './training-config-bounds';

const KINDS = ['none', 'balanced', 'explicit'] as const;
/** A binary model's classes are its label's 0 and 1. */
const BINARY_CLASSES = ['0', '1'];

/**
 * Reads `training.classWeights` ({kind: 'none'} by default). Weights mean something for
 * classifiers only: a regression with weights is refused rather than silently trained without.
 */
export function parseClassWeights(training: ConfigFields, task: TrainingTask | null): ClassWeights {
  const weights = training.object('classWeights');
  if (weights === null) return { kind: 'none' };
  const kind = weights.oneOf('kind', KINDS, { required: true });
  if (kind === null) return { kind: 'none' };
  weights.allowOnly(kind === 'explicit' ? ['kind', 'weights'] : ['kind']);
  if (kind !== 'none' && task === 'regression') {
    weights.problem(
      'kind',
      `class weights apply to classifiers only; a regression takes {"kind": "none"} (got '${kind}')`,
    );
  }
  return kind === 'explicit' ? { kind, weights: readExplicit(weights, task) } : { kind };
}

function readExplicit(weights: ConfigFields, task: TrainingTask | null): Record<string, number> {
  const map = weights.object('weights', { required: true });
  if (map === null) return {};
  const entries = map.entries();
  if (entries.length === 0) {
    weights.problem('weights', 'must name at least one class, e.g. {"0": 1, "1": 5}');
  }
  const read: Record<string, number> = {};
  for (const [label, value] of entries) {
    if (task === 'binary_classification' && !BINARY_CLASSES.includes(label)) {
      map.problem(label, `is not a class of a binary model; its classes are "0" and "1"`);
    } else if (typeof value !== 'number' || !fitsBounds(value, BOUNDS.classWeight)) {
      map.problem(label, `must be ${numberKind(BOUNDS.classWeight)} (got ${showValue(value)})`);
    } else {
      read[label] = value;
    }
  }
  return read;
}
