import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PersistenceErrorCode } from '../persistence-error-code';
import { describeDatabaseUrl, toConnectionError } from './to-persistence-error';

const URL_WITH_SECRET = 'postgres://loopline:s3cret@db.internal:6543/loopline';

describe('toConnectionError', () => {
  it('never shows the password', () => {
    assert.equal(describeDatabaseUrl(URL_WITH_SECRET), 'db.internal:6543/loopline');
    const error = toConnectionError(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      URL_WITH_SECRET,
    );
    assert.doesNotMatch(error.message + JSON.stringify(error.details), /s3cret/);
  });

  it('marks transient failures retriable and credential problems not', () => {
    const refused = toConnectionError(
      Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
      URL_WITH_SECRET,
    );
    assert.equal(refused.code, PersistenceErrorCode.Unavailable);
    assert.equal(refused.retriable, true);
    const startingUp = toConnectionError(
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      URL_WITH_SECRET,
    );
    assert.equal(startingUp.retriable, true);
    const badPassword = toConnectionError(
      Object.assign(new Error('password authentication failed'), { code: '28P01' }),
      URL_WITH_SECRET,
    );
    assert.equal(badPassword.code, PersistenceErrorCode.ConnectionRejected);
    assert.equal(badPassword.retriable, false);
  });
});
