import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import type { Problem } from '../errors/problem';
import { fittedChainProblems } from './fitted-step-problems';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Problems with `statistics` as the fitted statistics of `definition`: an entry per feature
 * (and none for a feature the definition lacks), a valid row count and label classes. Paths
 * start with `path`, e.g. `statistics.features.distance[2]`.
 */
export function statisticsProblems(
  definition: FeatureViewDefinition,
  statistics: unknown,
  path = 'statistics',
): Problem[] {
  if (!isRecord(statistics)) return [{ path, message: 'must be an object' }];
  const problems: Problem[] = [];
  const { fittedRows, features, labelClasses } = statistics;
  if (typeof fittedRows !== 'number' || !Number.isSafeInteger(fittedRows) || fittedRows < 0) {
    problems.push({ path: `${path}.fittedRows`, message: 'must be a non-negative integer' });
  }
  const classesOk =
    labelClasses === null ||
    (Array.isArray(labelClasses) && labelClasses.every((c) => typeof c === 'string'));
  if (!classesOk) {
    problems.push({ path: `${path}.labelClasses`, message: 'must be null or an array of strings' });
  }
  if (!isRecord(features)) {
    problems.push({ path: `${path}.features`, message: 'must be an object keyed by feature name' });
    return problems;
  }
  const names = new Set(definition.features.map((f) => f.name));
  for (const feature of definition.features) {
    const at = `${path}.features.${feature.name}`;
    if (!Object.prototype.hasOwnProperty.call(features, feature.name)) {
      problems.push({ path: at, message: 'is missing' });
    } else {
      problems.push(...fittedChainProblems(feature.transform, features[feature.name], at));
    }
  }
  for (const name of Object.keys(features)) {
    if (!names.has(name)) {
      problems.push({
        path: `${path}.features.${name}`,
        message: 'is not a feature of the definition',
      });
    }
  }
  return problems;
}
