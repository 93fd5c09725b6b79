// Test support for the definition specs (not exported by the library): the shipped views as
// plain JSON, edits by problem path, and the problems a rejected definition carries.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

/** dist/definition is four levels below the repository root, as src/definition is. */
const FEATURE_VIEWS = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'services',
  'feature-store',
  'feature-views',
);

export const SHIPPED_VIEWS = ['flights-delay', 'seattle-weather'] as const;

/** A fresh copy of a shipped view file's JSON. */
export function shippedJson(name: (typeof SHIPPED_VIEWS)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FEATURE_VIEWS, `${name}.json`), 'utf8'));
}

/** Marks a field to delete in `edited`. */
export const REMOVE = Symbol('remove');

/**
 * A copy of `base` with each `path` (written as problem paths are: `features[2].transform[0].kind`)
 * set to its value, or deleted for REMOVE.
 */
export function edited(base: unknown, edits: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(edits)) {
    const keys = path.split(/\.|\[|\]\.?/).filter((key) => key !== '');
    const last = keys.pop() as string;
    let target = copy as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

/** The problems of a definition that must be rejected, checking the error's code and kind. */
export function problemsOf(input: unknown): Problem[] {
  try {
    parseFeatureViewDefinition(input);
  } catch (error) {
    assert.ok(error instanceof PlatformError, `expected a PlatformError, got ${String(error)}`);
    assert.equal(error.code, FeaturesErrorCode.InvalidDefinition);
    assert.equal(error.kind, ErrorKind.InvalidInput);
    return error.details.problems as Problem[];
  }
  assert.fail('expected the definition to be rejected');
}

/** The sorted paths of a rejected definition's problems. */
export function problemPaths(input: unknown): string[] {
  return problemsOf(input)
    .map((problem) => problem.path)
    .sort();
}

/** The flights view with `edits` applied: the base most problem specs vary. */
export function flights(edits: Record<string, unknown> = {}): Record<string, unknown> {
  return edited(shippedJson('flights-delay'), edits);
}
