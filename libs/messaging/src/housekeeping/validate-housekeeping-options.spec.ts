import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { DEFAULT_HOUSEKEEPING_OPTIONS, resolveMessagingOptions } from '../messaging.constants';
import { validateHousekeepingOptions } from './validate-housekeeping-options';

describe('housekeeping options', () => {
  it('defaults keep inbox entries far longer than outbox rows and idempotency keys', () => {
    assert.deepEqual(validateHousekeepingOptions(DEFAULT_HOUSEKEEPING_OPTIONS), []);
    const day = 24 * 60 * 60 * 1000;
    assert.equal(DEFAULT_HOUSEKEEPING_OPTIONS.inboxRetentionMs, 30 * day);
    assert.ok(
      DEFAULT_HOUSEKEEPING_OPTIONS.inboxRetentionMs >
        DEFAULT_HOUSEKEEPING_OPTIONS.outboxRetentionMs,
    );
  });

  it('names every unusable value', () => {
    const problems = validateHousekeepingOptions({
      ...DEFAULT_HOUSEKEEPING_OPTIONS,
      intervalMs: 0,
      batchSize: 1.5,
      inboxRetentionMs: -1,
    });
    assert.equal(problems.length, 3);
    assert.match(problems.join(';'), /housekeeping\.inboxRetentionMs/);
  });

  it('makes resolveMessagingOptions fail fast with the options code', () => {
    assert.throws(
      () =>
        resolveMessagingOptions({
          serviceName: 'svc',
          brokers: ['127.0.0.1:9092'],
          housekeeping: { batchSize: 0 },
        }),
      (error: unknown) =>
        error instanceof PlatformError && error.code === 'MESSAGING.INVALID_OPTIONS',
    );
  });
});
