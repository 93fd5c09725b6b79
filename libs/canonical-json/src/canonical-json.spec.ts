import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, canonicalJsonSha256 } from './index';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    assert.equal(
      canonicalJson({ b: [{ z: 1, a: 2 }, 3], a: { d: null, c: 'x' } }),
      '{"a":{"c":"x","d":null},"b":[{"a":2,"z":1},3]}',
    );
  });

  it('gives one hash for two spellings of a document, another for another document', () => {
    const one = canonicalJsonSha256(JSON.parse('{"x": 1, "y": [1, 2]}'));
    assert.equal(one, canonicalJsonSha256({ y: [1, 2], x: 1 }));
    assert.notEqual(one, canonicalJsonSha256({ y: [2, 1], x: 1 }));
    assert.match(one, /^[0-9a-f]{64}$/);
  });
});
