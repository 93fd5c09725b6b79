import type { Problem } from '../errors/problem';
import { childPath } from './field-reader';
import type { ParsedView } from './parsed-view';

/**
 * Feature names are unique among features and aggregation names among aggregations. A feature
 * may share an aggregation's name only when it is that aggregation, transformed (its source):
 * otherwise a reader of the feature set could not tell which one a column is. The label's name
 * must differ from every feature's, as both are columns of the materialized feature set.
 */
export function checkViewNames(view: ParsedView, problems: Problem[]): void {
  const aggregationPaths = firstPaths(
    view.aggregations.map(({ value, path }) => ({ name: value.name, path })),
    problems,
  );
  const featurePaths = firstPaths(
    view.features.map(({ value, path }) => ({ name: value.name, path })),
    problems,
  );
  for (const { value, path } of view.features) {
    const aggregationPath = aggregationPaths.get(value.name);
    if (aggregationPath !== undefined && value.source !== value.name) {
      problems.push({
        path: childPath(path, 'name'),
        message:
          `'${value.name}' is the name of ${aggregationPath}; a feature may share an aggregation's ` +
          'name only when its source is that aggregation. Rename the feature',
      });
    }
  }
  const label = view.label?.label;
  if (label !== undefined && label.name !== '') {
    const featurePath = featurePaths.get(label.name);
    if (featurePath !== undefined) {
      problems.push({
        path: 'label.name',
        message: `'${label.name}' is the name of ${featurePath}; give the label a name no feature has`,
      });
    }
  }
}

/** Name to the path of the first entry with it; each later duplicate is a problem. */
function firstPaths(
  entries: { name: string; path: string }[],
  problems: Problem[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const { name, path } of entries) {
    if (name === '') continue;
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, path);
    } else {
      problems.push({
        path: childPath(path, 'name'),
        message: `'${name}' is also the name of ${earlier}; names must be unique, rename one`,
      });
    }
  }
  return first;
}
