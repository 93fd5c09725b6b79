import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  BadRequestException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { ErrorKind, PlatformError, UNEXPECTED_ERROR_CODE } from '@loopline/errors';
import { PlatformErrorFilter } from './platform-error.filter';

// toResponse never touches the adapter; the end-to-end path is covered in observability.module.spec.
const filter = new PlatformErrorFilter({} as HttpAdapterHost);

describe('PlatformErrorFilter.toResponse', () => {
  it('keeps a PlatformError code and takes the status from its kind', () => {
    const error = new PlatformError('REGISTRY.MODEL_VERSION_NOT_FOUND', 'no version 3 of churn', {
      kind: ErrorKind.NotFound,
      details: { model: 'churn', version: 3 },
    });
    assert.deepEqual(filter.toResponse(error), { status: 404, body: error.toJSON() });
  });

  it('maps Nest HttpExceptions to HTTP.<STATUS> codes, keeping validation reasons as data', () => {
    assert.deepEqual(filter.toResponse(new NotFoundException('Cannot GET /nope')), {
      status: 404,
      body: { code: 'HTTP.NOT_FOUND', message: 'Cannot GET /nope', retriable: false, details: {} },
    });
    const validation = filter.toResponse(
      new BadRequestException(['name must be a string', 'rows must be positive']),
    );
    assert.equal(validation.status, 400);
    assert.equal(validation.body.code, 'HTTP.BAD_REQUEST');
    assert.deepEqual(validation.body.details, {
      reasons: ['name must be a string', 'rows must be positive'],
    });
    assert.equal(filter.toResponse(new ServiceUnavailableException()).body.retriable, true);
  });

  it('hides the internals of unknown errors behind PLATFORM.UNEXPECTED', () => {
    const { status, body } = filter.toResponse(
      new TypeError('cannot read properties of undefined (secret path)'),
    );
    assert.equal(status, 500);
    assert.equal(body.code, UNEXPECTED_ERROR_CODE);
    assert.doesNotMatch(body.message, /secret path/);
  });
});
