import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Client, CopyDestinationOptions, CopySourceOptions } from 'minio';
import { ArtifactsErrorCode } from '../artifacts-error-code';
import { toArtifactsError } from '../errors/to-artifacts-error';
import {
  assertBucketName,
  contentAddressedKey,
  formatArtifactUri,
  parseArtifactUri,
  sha256FromKey,
} from './artifact-uri';
import { checkMetadata, SHA256_METADATA_KEY } from './artifact-metadata';
import { HashingMeter } from './hashing-meter';
import type { ArtifactStat, PutOptions, StoredArtifact } from './artifact.types';

/**
 * Content-addressed artifact storage over an S3-compatible store. Objects are keyed by the
 * sha256 of their bytes, so storing the same bytes twice is a no-op returning the same URI, and
 * a URI alone is enough to verify what was loaded.
 */
export class ArtifactStore {
  constructor(private readonly client: Client) {}

  /** Creates the bucket if it does not exist; safe to call concurrently and repeatedly. */
  async ensureBucket(name: string): Promise<void> {
    assertBucketName(name);
    try {
      if (await this.client.bucketExists(name)) return;
      await this.client.makeBucket(name);
    } catch (error) {
      // Another replica won the race: the bucket exists, which is all we wanted.
      const code = (error as { code?: unknown }).code;
      if (code === 'BucketAlreadyOwnedByYou' || code === 'BucketAlreadyExists') return;
      throw toArtifactsError(error, 'ensure bucket', name);
    }
  }

  /**
   * Stores bytes under `sha256/<hex>` and returns their URI. Idempotent: when an object with
   * that hash and size is already there, nothing is uploaded. A stream is hashed while it
   * uploads to a temporary key, then copied server-side to its content address.
   */
  async putContentAddressed(
    bucket: string,
    data: Buffer | Readable,
    options: PutOptions,
  ): Promise<StoredArtifact> {
    assertBucketName(bucket);
    const metadata = checkMetadata(options.metadata ?? {});
    if (!Buffer.isBuffer(data)) return this.putStream(bucket, data, options.contentType, metadata);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const key = contentAddressedKey(sha256);
    const stored = { uri: formatArtifactUri({ bucket, key }), sha256, sizeBytes: data.length };
    if ((await this.sizeIfExists(bucket, key)) === data.length) return stored;
    const headers = {
      'Content-Type': options.contentType,
      ...metadata,
      [SHA256_METADATA_KEY]: sha256,
    };
    await this.guard('put', stored.uri, () =>
      this.client.putObject(bucket, key, data, data.length, headers),
    );
    return stored;
  }

  /**
   * Loads an object and verifies its bytes: against the hash in a content-addressed key, and
   * against `expectedSha256` when given. A mismatch is `ARTIFACTS.CHECKSUM_MISMATCH`, never
   * retried, because loading the same bytes again cannot fix it.
   */
  async get(uri: string, options: { expectedSha256?: string } = {}): Promise<Buffer> {
    const { bucket, key } = parseArtifactUri(uri);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    await this.guard('get', uri, async () => {
      const body = await this.client.getObject(bucket, key);
      for await (const chunk of body) {
        hash.update(chunk as Buffer);
        chunks.push(chunk as Buffer);
      }
    });
    this.verify(uri, key, hash.digest('hex'), options.expectedSha256);
    return Buffer.concat(chunks);
  }

  /**
   * Stores a local file under its content address, uploading it only when that object is not
   * there yet. `content` is the file's sha256 and size when the caller already has them (hashed
   * while receiving it); otherwise the file is read once to hash it.
   */
  async putFile(
    bucket: string,
    path: string,
    options: PutOptions,
    known?: { sha256: string; sizeBytes: number },
  ): Promise<StoredArtifact> {
    assertBucketName(bucket);
    const content = known ?? (await hashFile(path));
    const metadata = checkMetadata(options.metadata ?? {});
    const key = contentAddressedKey(content.sha256);
    const stored = { uri: formatArtifactUri({ bucket, key }), ...content };
    if ((await this.sizeIfExists(bucket, key)) === content.sizeBytes) return stored;
    const headers = {
      'Content-Type': options.contentType,
      ...metadata,
      [SHA256_METADATA_KEY]: content.sha256,
    };
    await this.guard('put', stored.uri, () => this.client.fPutObject(bucket, key, path, headers));
    return stored;
  }

  /**
   * Streams an object to a local file, never holding it whole in memory, and verifies it like
   * `get`. The file appears at `path` only once verified (written aside, then renamed).
   */
  async download(
    uri: string,
    path: string,
    options: { expectedSha256?: string } = {},
  ): Promise<{ sha256: string; sizeBytes: number }> {
    const { bucket, key } = parseArtifactUri(uri);
    const meter = new HashingMeter();
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await this.guard('get', uri, async () => {
        const body = await this.client.getObject(bucket, key);
        await pipeline(body, meter, createWriteStream(partial));
      });
      const actual = meter.sha256();
      this.verify(uri, key, actual, options.expectedSha256);
      await rename(partial, path);
      return { sha256: actual, sizeBytes: meter.sizeBytes };
    } finally {
      await rm(partial, { force: true });
    }
  }

  async stat(uri: string): Promise<ArtifactStat> {
    const { bucket, key } = parseArtifactUri(uri);
    const stat = await this.guard('stat', uri, () => this.client.statObject(bucket, key));
    const {
      ['content-type']: contentType,
      [SHA256_METADATA_KEY]: sha256,
      ...metadata
    } = stat.metaData as Record<string, string>;
    return {
      uri,
      sizeBytes: stat.size,
      contentType,
      sha256: sha256 ?? sha256FromKey(key),
      metadata,
      etag: stat.etag,
      lastModified: stat.lastModified,
    };
  }

  async exists(uri: string): Promise<boolean> {
    const { bucket, key } = parseArtifactUri(uri);
    return (await this.sizeIfExists(bucket, key)) !== undefined;
  }

  /** Liveness of one bucket, for the readiness check. */
  async bucketExists(bucket: string): Promise<boolean> {
    return this.guard('check bucket', bucket, () => this.client.bucketExists(bucket));
  }

  private async putStream(
    bucket: string,
    data: Readable,
    contentType: string,
    metadata: Record<string, string>,
  ): Promise<StoredArtifact> {
    const hashing = new HashingMeter();
    const staging = `tmp/${randomUUID()}`;
    const stagingUri = formatArtifactUri({ bucket, key: staging });
    try {
      await this.guard('put', stagingUri, async () => {
        const upload = this.client.putObject(bucket, staging, hashing);
        await Promise.all([pipeline(data, hashing), upload]).catch((error: unknown) => {
          hashing.destroy(); // an upload that died stops reading: do not leave the source stalled
          throw error;
        });
      });
      const sha256 = hashing.sha256();
      const { sizeBytes } = hashing;
      const key = contentAddressedKey(sha256);
      const stored = { uri: formatArtifactUri({ bucket, key }), sha256, sizeBytes };
      if ((await this.sizeIfExists(bucket, key)) !== sizeBytes) {
        // Server-side copy: the bytes are not sent twice. Metadata is written here because
        // the hash is only known once the upload has finished.
        const source = new CopySourceOptions({ Bucket: bucket, Object: staging });
        const target = new CopyDestinationOptions({
          Bucket: bucket,
          Object: key,
          MetadataDirective: 'REPLACE',
          UserMetadata: { ...metadata, [SHA256_METADATA_KEY]: sha256 },
          Headers: { 'Content-Type': contentType },
        });
        await this.guard('put', stored.uri, () => this.client.copyObject(source, target));
      }
      return stored;
    } finally {
      await this.client.removeObject(bucket, staging).catch(() => undefined);
    }
  }

  private verify(
    uri: string,
    key: string,
    actual: string,
    expectedSha256: string | undefined,
  ): void {
    for (const expected of [sha256FromKey(key), expectedSha256?.toLowerCase()]) {
      if (expected !== undefined && expected !== actual) {
        throw new PlatformError(
          ArtifactsErrorCode.ChecksumMismatch,
          `Artifact ${uri} hashes to sha256 ${actual}, not the expected ${expected}: the object is corrupted or the ` +
            'reference points at the wrong object. Re-produce the artifact; retrying the load will not help.',
          {
            kind: ErrorKind.PreconditionFailed,
            retriable: false,
            details: { uri, expected, actual },
          },
        );
      }
    }
  }

  private async sizeIfExists(bucket: string, key: string): Promise<number | undefined> {
    try {
      return (await this.client.statObject(bucket, key)).size;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'NotFound' || code === 'NoSuchKey') return undefined;
      throw toArtifactsError(error, 'stat', formatArtifactUri({ bucket, key }));
    }
  }

  private async guard<T>(operation: string, target: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toArtifactsError(error, operation, target);
    }
  }
}

async function hashFile(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const meter = new HashingMeter();
  await pipeline(createReadStream(path), meter, async (chunks: AsyncIterable<Buffer>) => {
    for await (const _chunk of chunks); // the meter saw it; nothing else needs the bytes
  });
  return { sha256: meter.sha256(), sizeBytes: meter.sizeBytes };
}
