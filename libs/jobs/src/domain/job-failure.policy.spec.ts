import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { decideAfterAttempt, type JobBackoff } from './job-failure.policy';
import { JobState } from './job-state';

const BACKOFF: JobBackoff = { initialDelayMs: 1_000, maxDelayMs: 8_000, factor: 2 };
const noJitter = () => 1;

describe('decideAfterAttempt', () => {
  it('retries a retriable error with growing, capped delays until the last attempt', () => {
    const retriable = { reason: 'error', code: 'X.DOWN', retriable: true } as const;
    const delays = [1, 2, 3, 4, 5].map((attempt) => {
      const next = decideAfterAttempt(retriable, attempt, 6, BACKOFF, noJitter);
      assert.equal(next.state, JobState.Queued);
      return next.state === JobState.Queued ? next.delayMs : -1;
    });
    assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 8_000]);
    assert.deepEqual(decideAfterAttempt(retriable, 6, 6, BACKOFF), { state: JobState.Failed });
  });

  it('fails a permanent error at once', () => {
    const permanent = { reason: 'error', code: 'X.BAD_INPUT', retriable: false } as const;
    assert.deepEqual(decideAfterAttempt(permanent, 1, 5, BACKOFF), { state: JobState.Failed });
  });

  it('counts a crash (expired lease) as an attempt', () => {
    assert.equal(
      decideAfterAttempt({ reason: 'lease-expired' }, 1, 2, BACKOFF).state,
      JobState.Queued,
    );
    assert.deepEqual(decideAfterAttempt({ reason: 'lease-expired' }, 2, 2, BACKOFF), {
      state: JobState.Failed,
    });
  });

  it('requeues work interrupted by shutdown at once, without holding the attempt against it', () => {
    assert.deepEqual(decideAfterAttempt({ reason: 'shutdown' }, 3, 3, BACKOFF), {
      state: JobState.Queued,
      delayMs: 0,
      refundAttempt: true,
    });
  });

  it('jitters between half and all of the delay', () => {
    const retriable = { reason: 'error', code: 'X.DOWN', retriable: true } as const;
    const low = decideAfterAttempt(retriable, 1, 3, BACKOFF, () => 0);
    assert.deepEqual(low, { state: JobState.Queued, delayMs: 500, refundAttempt: false });
  });
});
