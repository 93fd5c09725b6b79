import { buildFeatureEncoder } from './build-feature-encoder';
import { CompiledTransform, type CompiledFeature } from './compiled-transform';
import { invalidTransformSpec } from './feature-errors';
import { inputColumnsOf } from './input-columns';
import { statisticsProblems } from './statistics-problems';
import type { TransformSpec } from './transform-spec';

/**
 * Compiles a fitted transform spec. Checks that the statistics match the definition (one entry
 * of the right kind per step) and throws InvalidTransformSpec listing every mismatch, so a
 * corrupt spec fails at load time rather than on the first request.
 */
export function compileTransform(spec: TransformSpec): CompiledTransform {
  const { definition, statistics } = spec;
  const problems = statisticsProblems(definition, statistics);
  if (problems.length > 0) throw invalidTransformSpec(problems);
  const inputColumns = inputColumnsOf(definition);
  const features: CompiledFeature[] = definition.features.map((feature) => ({
    source: feature.source,
    encoder: buildFeatureEncoder(feature, statistics.features[feature.name]),
  }));
  const columns: string[] = [];
  for (const { encoder } of features) {
    for (const shape of encoder.shapes) {
      if (shape.kind === 'dense') columns.push(shape.name);
      else for (const label of shape.labels) columns.push(`${shape.name}=${label}`);
    }
  }
  return new CompiledTransform(spec, inputColumns, { width: columns.length, columns }, features);
}
