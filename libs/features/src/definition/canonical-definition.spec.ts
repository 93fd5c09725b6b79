import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { canonicalDefinitionJson, definitionSha256 } from './canonical-definition';
import type { FeatureViewDefinition } from './feature-view-definition';
import { flights, REMOVE, shippedJson } from './feature-view-fixtures';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

/** `value` with every object's keys in reverse order (arrays untouched). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reversedKeys(inner)]),
  );
}

const hashOf = (json: unknown) => definitionSha256(parseFeatureViewDefinition(json));

describe('canonicalDefinitionJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    const text = canonicalDefinitionJson(parseFeatureViewDefinition(shippedJson('flights-delay')));
    assert.match(text, /^\{"aggregations":\[\{"function":"count","name":"origin_flights_7d"/);
    assert.ok(text.indexOf('"name":"distance"') < text.indexOf('"name":"origin"'));
    assert.deepEqual(JSON.parse(text), parseFeatureViewDefinition(shippedJson('flights-delay')));
  });

  it('rejects an invalid definition', () => {
    const invalid = { ...parseFeatureViewDefinition(flights()), name: 'Bad Name' };
    assert.throws(
      () => canonicalDefinitionJson(invalid as FeatureViewDefinition),
      (error: unknown) =>
        error instanceof PlatformError && error.code === FeaturesErrorCode.InvalidDefinition,
    );
  });
});

describe('definitionSha256', () => {
  it('is a hex sha256', () => {
    assert.match(hashOf(flights()), /^[0-9a-f]{64}$/);
  });

  it('is the same under key reordering and formatting', () => {
    const json = shippedJson('flights-delay');
    const reordered = reversedKeys(json);
    const reformatted = JSON.parse(JSON.stringify(json, null, 7));
    assert.equal(hashOf(reordered), hashOf(json));
    assert.equal(hashOf(reformatted), hashOf(json));
  });

  it('is the same whether a default is written out or implicit', () => {
    const implicit = flights({ 'features[1].transform[0].minCount': REMOVE });
    const explicit = flights({ 'features[1].transform[0].minCount': 1 });
    assert.equal(hashOf(implicit), hashOf(explicit));
    const unparsed = implicit as unknown as FeatureViewDefinition;
    assert.equal(definitionSha256(unparsed), hashOf(explicit));
  });

  it('changes when a parameter, the order of features or of steps changes', () => {
    const base = hashOf(flights());
    const changed = [
      flights({ 'features[1].transform[0].maxCategories': 31 }),
      flights({ 'aggregations[0].windowDays': 14 }),
      flights({ 'split.seed': 8 }),
      flights({ description: 'Another description.' }),
      flights({ features: [...(flights().features as unknown[])].reverse() }),
      flights({
        'features[0].transform': [
          { kind: 'impute', strategy: 'median' },
          { kind: 'standardize' },
          { kind: 'log1p' },
        ],
      }),
    ].map(hashOf);
    for (const hash of changed) assert.notEqual(hash, base);
    assert.equal(new Set(changed).size, changed.length);
  });
});
