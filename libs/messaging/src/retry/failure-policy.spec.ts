import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError, toPlatformError } from '@loopline/errors';
import { decideOnFailure } from './failure-policy';
import type { RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 3, initialDelayMs: 100, maxDelayMs: 1_000, factor: 2 };
const half = () => 0.5;
const error = (kind: ErrorKind, retriable?: boolean) =>
  new PlatformError('TEST.X', 'x', { kind, retriable });

describe('decideOnFailure', () => {
  it('waits out an outage however many attempts it has taken, with capped delays', () => {
    const down = error(ErrorKind.Unavailable);
    const decisions = [1, 2, 10, 1_000].map((attempt) =>
      decideOnFailure(down, attempt, policy, half),
    );
    for (const decision of decisions) assert.equal(decision.action, 'wait-for-recovery');
    const delays = decisions.map((d) => (d.action === 'dead-letter' ? -1 : d.delayMs));
    assert.deepEqual(delays, [75, 150, 750, 750]);
  });

  it('treats a raw driver outage like any other outage', () => {
    const raw = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    assert.equal(decideOnFailure(toPlatformError(raw), 99, policy).action, 'wait-for-recovery');
  });

  it('retries other retriable failures up to the budget, then dead-letters', () => {
    const flaky = error(ErrorKind.Conflict, true);
    assert.equal(decideOnFailure(flaky, 1, policy).action, 'retry');
    assert.equal(decideOnFailure(flaky, 2, policy).action, 'retry');
    assert.equal(decideOnFailure(flaky, 3, policy).action, 'dead-letter');
    assert.equal(
      decideOnFailure(toPlatformError(new TypeError('bug')), 3, policy).action,
      'dead-letter',
    );
  });

  it('dead-letters permanent failures at once, even an Unavailable one marked non-retriable', () => {
    assert.equal(decideOnFailure(error(ErrorKind.InvalidInput), 1, policy).action, 'dead-letter');
    assert.equal(
      decideOnFailure(error(ErrorKind.Unavailable, false), 1, policy).action,
      'dead-letter',
    );
  });
});
