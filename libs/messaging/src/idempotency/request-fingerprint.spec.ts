import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { IdempotentRequest } from './idempotent-request';
import { canonicalJson, requestFingerprint } from './request-fingerprint';

const base: IdempotentRequest = {
  key: 'k-1',
  method: 'POST',
  path: '/training-requests',
  body: { modelName: 'flight-delay', configOverrides: { a: '1', b: '2' } },
  status: 202,
};

describe('requestFingerprint', () => {
  it('is a sha256 hex that ignores object key order at every depth', () => {
    const reordered = {
      ...base,
      body: { configOverrides: { b: '2', a: '1' }, modelName: 'flight-delay' },
    };
    assert.match(requestFingerprint(base), /^[0-9a-f]{64}$/);
    assert.equal(requestFingerprint(reordered), requestFingerprint(base));
  });

  it('ignores the key itself and the stored status, which do not describe the request', () => {
    assert.equal(
      requestFingerprint({ ...base, key: 'other', status: 200 }),
      requestFingerprint(base),
    );
  });

  it('changes with the method, path, principal, body or array order', () => {
    const variants: IdempotentRequest[] = [
      { ...base, method: 'PUT' },
      { ...base, path: '/training-requests?dryRun=true' },
      { ...base, principal: 'alice' },
      { ...base, body: { ...(base.body as object), modelName: 'weather' } },
      { ...base, body: [1, 2] },
      { ...base, body: [2, 1] },
      { ...base, body: undefined },
    ];
    const hashes = new Set([base, ...variants].map(requestFingerprint));
    assert.equal(hashes.size, variants.length + 1);
  });
});

describe('canonicalJson', () => {
  it('sorts keys and keeps arrays, nulls and scalars as JSON does', () => {
    assert.equal(
      canonicalJson({ b: [3, { d: 1, c: null }], a: 'x' }),
      '{"a":"x","b":[3,{"c":null,"d":1}]}',
    );
  });
});
