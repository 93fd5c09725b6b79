import { PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { parseFeatureViewDefinition } from '../definition/parse-feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { invalidTransformSpec } from './feature-errors';
import { statisticsProblems } from './statistics-problems';
import { TRANSFORM_SPEC_FORMAT, type FittedStatistics, type TransformSpec } from './transform-spec';

const SPEC_FIELDS = ['format', 'featureView', 'definition', 'statistics'];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The definition parsed by the definition module, its problems re-rooted under `definition`. */
function parseDefinition(input: unknown, problems: Problem[]): FeatureViewDefinition | null {
  try {
    return parseFeatureViewDefinition(input);
  } catch (error) {
    if (!(error instanceof PlatformError) || error.code !== FeaturesErrorCode.InvalidDefinition) {
      throw error;
    }
    for (const p of (error.details.problems ?? []) as Problem[]) {
      const path =
        p.path === ''
          ? 'definition'
          : p.path.startsWith('[')
            ? `definition${p.path}`
            : `definition.${p.path}`;
      problems.push({ path, message: p.message });
    }
    return null;
  }
}

function featureViewProblems(
  featureView: unknown,
  definition: FeatureViewDefinition | null,
): Problem[] {
  if (!isRecord(featureView))
    return [{ path: 'featureView', message: 'must be an object { name, version }' }];
  const problems: Problem[] = [];
  const { name, version } = featureView;
  if (typeof name !== 'string') {
    problems.push({ path: 'featureView.name', message: 'must be a string' });
  } else if (definition !== null && name !== definition.name) {
    problems.push({
      path: 'featureView.name',
      message: `must equal definition.name (${definition.name})`,
    });
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    problems.push({ path: 'featureView.version', message: 'must be a positive integer' });
  }
  return problems;
}

/**
 * Reads a stored transform spec (parsed JSON): the format string, the feature view it belongs
 * to, its definition (checked in full by parseFeatureViewDefinition) and statistics matching
 * that definition: an entry per feature with one element per step, of the step's kind, or null
 * where the step fits nothing. Throws InvalidTransformSpec listing every problem with its path.
 * The result is a fresh object, sharing nothing with `input`.
 */
export function parseTransformSpec(input: unknown): TransformSpec {
  if (!isRecord(input))
    throw invalidTransformSpec([{ path: '', message: 'must be a JSON object' }]);
  const problems: Problem[] = [];
  for (const field of Object.keys(input)) {
    if (!SPEC_FIELDS.includes(field))
      problems.push({ path: field, message: 'is not a transform spec field' });
  }
  if (input.format !== TRANSFORM_SPEC_FORMAT) {
    problems.push({ path: 'format', message: `must be '${TRANSFORM_SPEC_FORMAT}'` });
  }
  const definition = parseDefinition(input.definition, problems);
  problems.push(...featureViewProblems(input.featureView, definition));
  if (definition !== null) problems.push(...statisticsProblems(definition, input.statistics));
  if (problems.length > 0 || definition === null) throw invalidTransformSpec(problems);
  const featureView = input.featureView as TransformSpec['featureView'];
  // Checked above; a structured clone keeps callers' later edits out of the spec.
  const statistics = structuredClone(input.statistics) as FittedStatistics;
  return {
    format: TRANSFORM_SPEC_FORMAT,
    featureView: { name: featureView.name, version: featureView.version },
    definition,
    statistics: {
      fittedRows: statistics.fittedRows,
      features: statistics.features,
      labelClasses: statistics.labelClasses,
    },
  };
}
