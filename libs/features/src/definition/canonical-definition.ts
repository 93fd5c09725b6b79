import { canonicalJson, canonicalJsonSha256 } from '@loopline/canonical-json';
import type { FeatureViewDefinition } from './feature-view-definition';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

/**
 * The definition as JSON with every object's keys sorted (arrays keep their order: features are
 * in tensor order, steps in application order). It is built from the normalized definition, so
 * two spellings of the same view (fields reordered, other whitespace, a default written out or
 * left implicit) give the same text. Throws FEATURES.INVALID_DEFINITION for an invalid one.
 */
export function canonicalDefinitionJson(definition: FeatureViewDefinition): string {
  return canonicalJson(parseFeatureViewDefinition(definition));
}

/**
 * Hex sha256 of the canonical JSON: the identity of a definition's content. The feature store
 * gives a name a new version exactly when this changes.
 */
export function definitionSha256(definition: FeatureViewDefinition): string {
  return canonicalJsonSha256(parseFeatureViewDefinition(definition));
}
