import type { Problem } from '@loopline/features';
import type { TrainingConfig } from './training-config';
import { childPath, showValue } from './config-fields';
import { invalidTrainingConfig } from './invalid-training-config.error';
import { readConfig } from './parse-training-config';

/** A run trains the model its configuration names, in its format: these are not knobs. */
const REFUSED = ['modelName', 'format'];

interface Override {
  key: string;
  text: string;
  /** The path as problems name it (`model.hiddenLayers[0].units`), once resolved. */
  path: string | null;
}

/**
 * Applies the string overrides of a TrainingRequested event to a configuration. Keys are dotted
 * paths (`optimizer.learningRate`, `model.hiddenLayers.0.units`, `training.earlyStopping`);
 * values are read as JSON when they parse (`"0.001"` → 0.001, `"null"` → null, `"{...}"` → an
 * object) and kept as strings otherwise (`"sgd"`). Index `n` of a list of n items appends one.
 * The result is parsed again, so a bad override is reported with its path like any other
 * problem, all at once, as TRAINING.INVALID_CONFIG; `modelName` and `format` are refused.
 */
export function applyConfigOverrides(
  config: TrainingConfig,
  overrides: Record<string, string>,
): TrainingConfig {
  const problems: Problem[] = [];
  const draft = structuredClone(config) as unknown as Record<string, unknown>;
  // Sorted so a parent (`training.earlyStopping`) is set before its children.
  const applied = Object.keys(overrides)
    .sort()
    .map((key) => applyOne(draft, { key, text: overrides[key], path: null }, problems));
  const reparsed: Problem[] = [];
  const result = readConfig(draft, reparsed);
  problems.push(...reparsed.map((problem) => attribute(problem, applied)));
  if (result === null || problems.length > 0) {
    throw invalidTrainingConfig(
      problems,
      'Training configuration overrides make an invalid configuration',
      { overrides },
    );
  }
  return result;
}

function applyOne(
  draft: Record<string, unknown>,
  override: Override,
  problems: Problem[],
): Override {
  const segments = override.key.split('.');
  const refuse = (path: string, message: string) => {
    problems.push({ path, message: `${message} (override ${override.key}=${override.text})` });
    return override;
  };
  if (segments.some((segment) => segment.trim() === ''))
    return refuse(override.key, 'is not a dotted path such as optimizer.learningRate');
  if (REFUSED.includes(segments[0]))
    return refuse(
      segments[0],
      'cannot be overridden: a run trains the model its configuration names; register a new configuration instead',
    );
  let container: unknown = draft;
  let path = '';
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (Array.isArray(container)) {
      const position = /^\d+$/.test(segment) ? Number(segment) : NaN;
      path = `${path}[${segment}]`;
      const limit = last ? container.length : container.length - 1;
      if (!(position <= limit))
        return refuse(path, `no such item: the list has ${container.length}`);
      if (last) container[position] = readValue(override.text);
      else container = container[position];
      continue;
    }
    if (typeof container !== 'object' || container === null)
      return refuse(path, `is ${showValue(container)}, which has no field '${segment}'`);
    const record = container as Record<string, unknown>;
    path = childPath(path, segment);
    if (last) {
      record[segment] = readValue(override.text);
    } else if (record[segment] === null) {
      return refuse(
        path,
        `is null in the configuration; override ${path} with a whole JSON object`,
      );
    } else if (!Object.hasOwn(record, segment)) {
      return refuse(path, 'no such field in the configuration');
    } else {
      container = record[segment];
    }
  }
  return { ...override, path };
}

/** JSON when the text parses as JSON, else the text itself (so `sgd` needs no quotes). */
function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Names the override a problem comes from, when its path lies under (or over) one. */
function attribute(problem: Problem, overrides: Override[]): Problem {
  const source = overrides.find(
    ({ path }) => path !== null && (within(problem.path, path) || within(path, problem.path)),
  );
  if (source === undefined) return problem;
  return { ...problem, message: `${problem.message} (from override ${source.key}=${source.text})` };
}

function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}
