// Test support only (not exported): assertions shared by the specs.
import { strict as assert } from 'node:assert';
import { PlatformError } from '@loopline/errors';
import { ModelMetricsErrorCode } from '../errors/model-metrics-error-code';

/** |actual − expected| ≤ tolerance · max(1, |expected|); NaN equals only NaN. */
export function assertClose(actual: number, expected: number, what = '', tolerance = 1e-12): void {
  if (Number.isNaN(expected)) {
    assert.ok(Number.isNaN(actual), `${what}: expected NaN, got ${actual}`);
    return;
  }
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(
    Math.abs(actual - expected) <= tolerance * scale,
    `${what}: ${actual} differs from ${expected} by more than ${tolerance} relative`,
  );
}

/** Asserts that `run` throws METRICS.INVALID_INPUT whose message mentions `mentions`. */
export function assertInvalidInput(run: () => unknown, mentions: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof PlatformError, `not a PlatformError: ${String(error)}`);
    assert.equal(error.code, ModelMetricsErrorCode.InvalidInput);
    assert.equal(error.httpStatus, 400);
    assert.match(error.message, mentions);
    return true;
  });
}
