import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError, toPlatformError, UNEXPECTED_ERROR_CODE } from './index';

describe('PlatformError', () => {
  it('derives HTTP status and retriability from its kind', () => {
    const notFound = new PlatformError('REGISTRY.MODEL_NOT_FOUND', 'no such model', {
      kind: ErrorKind.NotFound,
    });
    assert.equal(notFound.httpStatus, 404);
    assert.equal(notFound.retriable, false);
    const down = new PlatformError('PERSISTENCE.UNAVAILABLE', 'db down', {
      kind: ErrorKind.Unavailable,
    });
    assert.equal(down.httpStatus, 503);
    assert.equal(down.retriable, true);
  });

  it('lets an explicit retriable flag override the kind default', () => {
    const error = new PlatformError('X.Y', 'm', { kind: ErrorKind.Unavailable, retriable: false });
    assert.equal(error.retriable, false);
  });

  it('wraps unknown throwables as retriable unexpected errors keeping the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toPlatformError(cause);
    assert.equal(wrapped.code, UNEXPECTED_ERROR_CODE);
    assert.equal(wrapped.retriable, true);
    assert.equal(wrapped.cause, cause);
    assert.equal(toPlatformError(wrapped), wrapped);
  });
});
