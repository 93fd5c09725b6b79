import { canonicalJson, canonicalJsonSha256 } from '@loopline/canonical-json';
import type { TrainingConfig } from './training-config';
import { parseTrainingConfig } from './parse-training-config';

/**
 * The configuration as JSON with every object's keys sorted (arrays keep their order: layers
 * are applied in order). It is built from the normalized configuration, so two spellings of one
 * recipe (fields reordered, other whitespace, a default written out or left implicit) give the
 * same text. Throws TRAINING.INVALID_CONFIG for an invalid one.
 */
export function canonicalTrainingConfigJson(config: TrainingConfig): string {
  return canonicalJson(parseTrainingConfig(config));
}

/**
 * Hex sha256 of the canonical JSON: the identity of a configuration's content. A model gets a
 * new configuration version exactly when this changes, and every run records it.
 */
export function trainingConfigSha256(config: TrainingConfig): string {
  return canonicalJsonSha256(parseTrainingConfig(config));
}
