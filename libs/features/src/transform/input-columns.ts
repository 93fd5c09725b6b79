import { inputTypeOfChain } from '../definition/step-input-type';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import type { Problem } from '../errors/problem';
import { invalidDefinition } from '../definition/invalid-definition.error';
import type { InputColumn } from './raw-batch';

/**
 * Every raw column and aggregation the features read, in first-use order, with the type its
 * chain takes. Aggregation outputs are numeric and `online`. A column read with two different
 * types (say one_hot and standardize over the same source) cannot be supplied, so it throws.
 */
export function inputColumnsOf(definition: FeatureViewDefinition): InputColumn[] {
  const aggregations = new Set(definition.aggregations.map((a) => a.name));
  const byName = new Map<string, InputColumn>();
  const problems: Problem[] = [];
  definition.features.forEach((feature, f) => {
    const type = inputTypeOfChain(feature.transform);
    const seen = byName.get(feature.source);
    if (seen === undefined) {
      byName.set(feature.source, {
        name: feature.source,
        type,
        online: aggregations.has(feature.source),
      });
    } else if (seen.type !== type) {
      problems.push({
        path: `features[${f}].source`,
        message: `reads ${feature.source} as ${type}, but an earlier feature reads it as ${seen.type}`,
      });
    }
  });
  if (problems.length > 0) throw invalidDefinition(problems);
  return [...byName.values()];
}
