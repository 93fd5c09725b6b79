import { strict as assert } from 'node:assert';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { Client } from 'minio';
import { ArtifactsErrorCode } from '../artifacts-error-code';
import { ArtifactStore } from './artifact-store';
import { createMinioClient, ObjectStoreConnection } from './create-minio-client';

const connection: ObjectStoreConnection = {
  endpoint: process.env['MINIO_ENDPOINT'] ?? 'http://127.0.0.1:9000',
  accessKey: process.env['MINIO_ACCESS_KEY'] ?? 'loopline',
  secretKey: process.env['MINIO_SECRET_KEY'] ?? 'loopline-secret',
};
const client: Client = createMinioClient(connection);
const store = new ArtifactStore(client);
const buckets: string[] = [];

async function freshBucket(): Promise<string> {
  const bucket = `it-artifacts-${randomBytes(5).toString('hex')}`;
  buckets.push(bucket);
  await store.ensureBucket(bucket);
  return bucket;
}

async function keysIn(bucket: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of client.listObjectsV2(bucket, '', true))
    keys.push((item as { name: string }).name);
  return keys.sort();
}

function rejectsWith(code: ArtifactsErrorCode, retriable?: boolean) {
  return (error: unknown) => {
    assert.ok(error instanceof PlatformError, String(error));
    assert.equal(error.code, code);
    if (retriable !== undefined) assert.equal(error.retriable, retriable);
    return true;
  };
}

describe('ArtifactStore against the real MinIO', () => {
  after(async () => {
    for (const bucket of buckets) {
      const keys = await keysIn(bucket);
      if (keys.length > 0) await client.removeObjects(bucket, keys);
      await client.removeBucket(bucket);
    }
  });

  it('stores bytes at their sha256 and loads them back verified, with metadata', async () => {
    const bucket = await freshBucket();
    const data = Buffer.from('date,delay\n2001-01-01,12\n');
    const sha256 = createHash('sha256').update(data).digest('hex');
    const stored = await store.putContentAddressed(bucket, data, {
      contentType: 'text/csv',
      metadata: { dataset: 'flights' },
    });
    assert.deepEqual(stored, {
      uri: `s3://${bucket}/sha256/${sha256}`,
      sha256,
      sizeBytes: data.length,
    });
    assert.deepEqual(await store.get(stored.uri, { expectedSha256: sha256 }), data);
    const stat = await store.stat(stored.uri);
    assert.equal(stat.sizeBytes, data.length);
    assert.equal(stat.contentType, 'text/csv');
    assert.equal(stat.sha256, sha256);
    assert.deepEqual(stat.metadata, { dataset: 'flights' });
  });

  it('is idempotent: the same bytes, as a buffer or a stream, give one object and one URI', async () => {
    const bucket = await freshBucket();
    const data = randomBytes(300_000);
    const first = await store.putContentAddressed(bucket, data, {
      contentType: 'application/octet-stream',
    });
    const again = await store.putContentAddressed(bucket, data, {
      contentType: 'application/octet-stream',
    });
    const streamed = await store.putContentAddressed(
      bucket,
      Readable.from([data.subarray(0, 1000), data.subarray(1000)]),
      {
        contentType: 'application/octet-stream',
      },
    );
    assert.deepEqual(again, first);
    assert.deepEqual(streamed, first);
    assert.deepEqual(await keysIn(bucket), [`sha256/${first.sha256}`]);
  });

  it('stores a stream it has not seen before, recording its hash and metadata, leaving no staging object', async () => {
    const bucket = await freshBucket();
    const data = randomBytes(50_000);
    const stored = await store.putContentAddressed(bucket, Readable.from([data]), {
      contentType: 'application/x-parquet',
      metadata: { rows: '42' },
    });
    assert.equal(stored.sha256, createHash('sha256').update(data).digest('hex'));
    assert.equal(stored.sizeBytes, data.length);
    assert.deepEqual(await store.get(stored.uri), data);
    const stat = await store.stat(stored.uri);
    assert.equal(stat.contentType, 'application/x-parquet');
    assert.deepEqual(stat.metadata, { rows: '42' });
    assert.deepEqual(await keysIn(bucket), [`sha256/${stored.sha256}`]);
  });

  it('detects corrupted objects and wrong expectations with ARTIFACTS.CHECKSUM_MISMATCH (not retriable)', async () => {
    const bucket = await freshBucket();
    const stored = await store.putContentAddressed(bucket, Buffer.from('model weights'), {
      contentType: 'application/octet-stream',
    });
    await assert.rejects(
      store.get(stored.uri, { expectedSha256: 'b'.repeat(64) }),
      rejectsWith(ArtifactsErrorCode.ChecksumMismatch, false),
    );
    // Corrupt the object behind the store's back: its key no longer matches its bytes.
    await client.putObject(bucket, `sha256/${stored.sha256}`, Buffer.from('tampered weights'));
    await assert.rejects(
      store.get(stored.uri),
      rejectsWith(ArtifactsErrorCode.ChecksumMismatch, false),
    );
  });

  it('gives stable codes for bad URIs, missing objects, an unreachable store and bad credentials', async () => {
    const bucket = await freshBucket();
    await assert.rejects(
      store.get('https://example.com/x'),
      rejectsWith(ArtifactsErrorCode.InvalidUri, false),
    );
    await assert.rejects(
      store.get(`s3://${bucket}/sha256/${'c'.repeat(64)}`),
      rejectsWith(ArtifactsErrorCode.NotFound, false),
    );
    await assert.rejects(
      store.stat(`s3://${bucket}/nothing-here`),
      rejectsWith(ArtifactsErrorCode.NotFound, false),
    );
    assert.equal(await store.exists(`s3://${bucket}/nothing-here`), false);
    await assert.rejects(
      store.putContentAddressed(bucket, Buffer.from('x'), {
        contentType: 'text/plain',
        metadata: { note: 'café' },
      }),
      rejectsWith(ArtifactsErrorCode.InvalidMetadata, false),
    );

    const offline = new ArtifactStore(
      createMinioClient({ ...connection, endpoint: 'http://127.0.0.1:1' }),
    );
    await assert.rejects(
      offline.ensureBucket(bucket),
      rejectsWith(ArtifactsErrorCode.Unavailable, true),
    );
    const impostor = new ArtifactStore(
      createMinioClient({ ...connection, secretKey: 'not-the-secret' }),
    );
    await assert.rejects(
      impostor.bucketExists(bucket),
      rejectsWith(ArtifactsErrorCode.AccessDenied, false),
    );
  });
});
