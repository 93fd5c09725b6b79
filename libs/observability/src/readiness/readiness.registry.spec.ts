import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { ObservabilityErrorCode } from '../observability-error-code';
import { ReadinessRegistry } from './readiness.registry';

const ok = (name: string) => ({ name, check: async () => undefined });

describe('ReadinessRegistry', () => {
  it('is ready with no indicators and when every check passes', async () => {
    assert.deepEqual(await new ReadinessRegistry().evaluate(), { ready: true, checks: [] });
    const registry = new ReadinessRegistry();
    registry.register(ok('database'));
    registry.register(ok('object-store'));
    assert.deepEqual(await registry.evaluate(), {
      ready: true,
      checks: [
        { name: 'database', ok: true },
        { name: 'object-store', ok: true },
      ],
    });
  });

  it('reports failing checks with their error code', async () => {
    const registry = new ReadinessRegistry();
    registry.register(ok('database'));
    registry.register({
      name: 'object-store',
      check: async () => {
        throw new PlatformError('ARTIFACTS.UNAVAILABLE', 'connection refused', {
          kind: ErrorKind.Unavailable,
        });
      },
    });
    const report = await registry.evaluate();
    assert.equal(report.ready, false);
    assert.deepEqual(report.checks[1], {
      name: 'object-store',
      ok: false,
      error: 'ARTIFACTS.UNAVAILABLE: connection refused',
    });
  });

  it('times out a hung check without waiting for it, running checks concurrently', async () => {
    const registry = new ReadinessRegistry({ checkTimeoutMs: 50 });
    registry.register({ name: 'kafka', check: () => new Promise(() => undefined) });
    registry.register({
      name: 'slow',
      check: () => new Promise((resolve) => setTimeout(resolve, 30)),
    });
    const started = Date.now();
    const report = await registry.evaluate();
    assert.ok(Date.now() - started < 500);
    assert.equal(report.checks[0]?.ok, false);
    assert.match(
      report.checks[0]?.error ?? '',
      new RegExp(`^${ObservabilityErrorCode.ReadinessTimeout.replace('.', '\\.')}`),
    );
    assert.equal(report.checks[1]?.ok, true);
  });

  it('rejects duplicate names and reports not ready once shutting down', async () => {
    const registry = new ReadinessRegistry();
    registry.register(ok('database'));
    assert.throws(
      () => registry.register(ok('database')),
      (error: unknown) =>
        error instanceof PlatformError && error.code === ObservabilityErrorCode.DuplicateIndicator,
    );
    registry.beginShutdown();
    const report = await registry.evaluate();
    assert.equal(report.ready, false);
    assert.equal(report.checks.at(-1)?.name, 'shutdown');
  });
});
