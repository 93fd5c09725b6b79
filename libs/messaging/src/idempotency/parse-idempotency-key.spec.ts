import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { parseIdempotencyKey } from './parse-idempotency-key';

function rejection(raw: string | string[]): PlatformError {
  try {
    parseIdempotencyKey(raw);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(raw)} to be refused`);
}

describe('parseIdempotencyKey', () => {
  it('treats a missing header as no idempotency', () => {
    assert.equal(parseIdempotencyKey(undefined), undefined);
  });

  it('accepts UUIDs, base64 tokens and the draft standard quoted form', () => {
    const uuid = '8e03978e-40d5-43e8-bc93-6894a57f9324';
    assert.equal(parseIdempotencyKey(uuid), uuid);
    assert.equal(parseIdempotencyKey('aGVsbG8+d29ybGQ/Zm9v=='), 'aGVsbG8+d29ybGQ/Zm9v==');
    assert.equal(parseIdempotencyKey(`"${uuid}"`), uuid);
    assert.equal(parseIdempotencyKey('k'.repeat(255))?.length, 255);
  });

  it('refuses empty, too long, spaced, joined and repeated keys with one code and a 400', () => {
    for (const bad of ['', '""', 'k'.repeat(256), 'two words', 'a, b', 'naïve', 'semi;colon']) {
      const error = rejection(bad);
      assert.equal(error.code, 'MESSAGING.IDEMPOTENCY_KEY_INVALID', bad);
      assert.equal(error.httpStatus, 400);
      assert.equal(error.retriable, false);
    }
    assert.equal(rejection(['a', 'b']).code, 'MESSAGING.IDEMPOTENCY_KEY_INVALID');
  });

  it('says what a good key looks like', () => {
    assert.match(rejection('two words').message, /1-255 letters, digits/);
  });
});
