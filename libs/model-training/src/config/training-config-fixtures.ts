// Test support for the configuration specs (not exported by the library): the shipped
// configurations as plain JSON, edits by problem path, and the problems a rejection carries.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Problem } from '@loopline/features';
import { TrainingConfigErrorCode } from './training-config-error-code';

/** dist/config is four levels below the repository root, as src/config is. */
const SHIPPED_DIR = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'services',
  'training',
  'training-configs',
);

export const SHIPPED_CONFIGS = ['flights-delay', 'seattle-weather'] as const;

/** A fresh copy of a shipped configuration file's JSON. */
export function shippedJson(name: (typeof SHIPPED_CONFIGS)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SHIPPED_DIR, `${name}.json`), 'utf8'));
}

/** Marks a field to delete in `edited`. */
export const REMOVE = Symbol('remove');

/**
 * A copy of `base` with each `path` (written as problem paths are: `model.hiddenLayers[1].units`)
 * set to its value, or deleted for REMOVE.
 */
export function edited(base: unknown, edits: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(edits)) {
    const keys = path.split(/\.|\[|\]\.?/).filter((key) => key !== '');
    let target = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

/** The flights-delay configuration with `edits` applied. */
export function flights(edits: Record<string, unknown> = {}): Record<string, unknown> {
  return edited(shippedJson('flights-delay'), edits);
}

/** The problems of a rejected configuration, after checking the error's code and kind. */
export function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PlatformError, `expected a PlatformError, got ${String(error)}`);
    assert.equal(error.code, TrainingConfigErrorCode.InvalidConfig);
    assert.equal(error.kind, ErrorKind.InvalidInput);
    return error.details.problems as Problem[];
  }
  assert.fail('expected the configuration to be rejected');
}

/** The paths of the problems of a rejected configuration, sorted. */
export function problemPaths(run: () => unknown): string[] {
  return problemsOf(run)
    .map((problem) => problem.path)
    .sort();
}
