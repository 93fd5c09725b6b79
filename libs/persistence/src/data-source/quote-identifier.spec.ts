import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { PersistenceErrorCode } from '../persistence-error-code';
import { quoteIdentifier } from './quote-identifier';

describe('quoteIdentifier', () => {
  it('quotes plain lower-case identifiers', () => {
    assert.equal(quoteIdentifier('feature_store'), '"feature_store"');
    assert.equal(quoteIdentifier('_x1', 'table'), '"_x1"');
  });

  it('refuses anything that would need escaping, or is too long', () => {
    for (const bad of [
      'Registry',
      'a-b',
      'x"; DROP SCHEMA public; --',
      '1abc',
      '',
      'a'.repeat(64),
      undefined,
    ]) {
      assert.throws(
        () => quoteIdentifier(bad),
        (error: unknown) =>
          error instanceof PlatformError && error.code === PersistenceErrorCode.InvalidIdentifier,
        String(bad),
      );
    }
  });
});
