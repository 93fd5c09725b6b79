import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_RETRY_POLICY, retryDelayMs, validateRetryPolicy } from './retry-policy';

describe('retryDelayMs', () => {
  it('grows exponentially and stays within [ceiling/2, ceiling]', () => {
    const policy = { maxAttempts: 6, initialDelayMs: 100, maxDelayMs: 1_000, factor: 2 };
    assert.equal(
      retryDelayMs(policy, 2, () => 0),
      50,
    );
    assert.equal(
      retryDelayMs(policy, 2, () => 1),
      100,
    );
    assert.equal(
      retryDelayMs(policy, 3, () => 1),
      200,
    );
    assert.equal(
      retryDelayMs(policy, 4, () => 0),
      200,
    );
  });

  it('never exceeds the cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxDelayMs: 300 };
    for (let attempt = 2; attempt < 30; attempt++) {
      assert.ok(retryDelayMs(policy, attempt, () => 1) <= 300);
    }
  });
});

describe('validateRetryPolicy', () => {
  it('accepts the default and names every problem of a bad policy', () => {
    assert.deepEqual(validateRetryPolicy(DEFAULT_RETRY_POLICY), []);
    const problems = validateRetryPolicy({
      maxAttempts: 0,
      initialDelayMs: 10,
      maxDelayMs: 5,
      factor: 0.5,
    });
    assert.equal(problems.length, 3);
  });
});
