import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { ArtifactsErrorCode } from '../artifacts-error-code';
import {
  contentAddressedKey,
  formatArtifactUri,
  parseArtifactUri,
  sha256FromKey,
} from './artifact-uri';

const HEX = 'a'.repeat(64);
const isInvalidUri = (error: unknown) =>
  error instanceof PlatformError && error.code === ArtifactsErrorCode.InvalidUri;

describe('artifact URIs', () => {
  it('round-trips bucket and a key with slashes', () => {
    const location = { bucket: 'loopline-models', key: 'sha256/' + HEX };
    assert.equal(formatArtifactUri(location), `s3://loopline-models/sha256/${HEX}`);
    assert.deepEqual(parseArtifactUri(formatArtifactUri(location)), location);
  });

  it('rejects other schemes, missing keys and bad bucket names with ARTIFACTS.INVALID_URI', () => {
    for (const bad of [
      'http://b/k',
      'loopline-models/k',
      's3://loopline-models',
      's3://loopline-models/',
      's3://Bad_Bucket/k',
      's3://ab/k',
      's3://a..b/k',
    ]) {
      assert.throws(() => parseArtifactUri(bad), isInvalidUri, bad);
    }
    assert.throws(() => formatArtifactUri({ bucket: 'ok-bucket', key: '' }), isInvalidUri);
  });

  it('knows which keys are content addresses', () => {
    assert.equal(sha256FromKey(contentAddressedKey(HEX)), HEX);
    assert.equal(sha256FromKey('sha256/not-a-hash'), undefined);
    assert.equal(sha256FromKey('reports/latest.json'), undefined);
  });
});
