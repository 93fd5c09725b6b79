import { createHash } from 'node:crypto';
import type { FeatureViewDefinition } from './feature-view-definition';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

/**
 * The definition as JSON with every object's keys sorted (arrays keep their order: features are
 * in tensor order, steps in application order). It is built from the normalized definition, so
 * two spellings of the same view (fields reordered, other whitespace, a default written out or
 * left implicit) give the same text. Throws FEATURES.INVALID_DEFINITION for an invalid one.
 */
export function canonicalDefinitionJson(definition: FeatureViewDefinition): string {
  return JSON.stringify(sortKeys(parseFeatureViewDefinition(definition)));
}

/**
 * Hex sha256 of the canonical JSON: the identity of a definition's content. The feature store
 * gives a name a new version exactly when this changes.
 */
export function definitionSha256(definition: FeatureViewDefinition): string {
  return createHash('sha256').update(canonicalDefinitionJson(definition), 'utf8').digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
