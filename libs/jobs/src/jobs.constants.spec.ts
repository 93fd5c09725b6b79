import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { JobsErrorCode } from './errors/jobs-error-code';
import { resolveJobsOptions } from './jobs.constants';

describe('resolveJobsOptions', () => {
  it('fills in defaults and renews three times per lease', () => {
    const options = resolveJobsOptions({ leaseMs: 9_000 });
    assert.equal(options.concurrency, 1);
    assert.equal(options.renewEveryMs, 3_000);
    assert.equal(options.maxAttempts, 3);
    assert.equal(options.workerEnabled, true);
    assert.match(options.workerId, /\/\d+\/[0-9a-f]{6}$/);
  });

  it('names every problem at once', () => {
    assert.throws(
      () =>
        resolveJobsOptions({
          concurrency: 0,
          leaseMs: 10,
          maxAttempts: 0,
          backoff: { initialDelayMs: 10, maxDelayMs: 5 },
        }),
      (error: unknown) => {
        assert.ok(error instanceof PlatformError);
        assert.equal(error.code, JobsErrorCode.InvalidOptions);
        assert.equal((error.details.problems as string[]).length, 4);
        return true;
      },
    );
  });
});
