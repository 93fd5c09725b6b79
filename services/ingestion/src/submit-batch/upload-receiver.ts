import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorKind, PlatformError } from '@loopline/errors';

/** An upload on local disk, hashed while it arrived. */
export interface ReceivedUpload {
  path: string;
  sha256: string;
  sizeBytes: number;
  /** The first bytes, for recognising binary formats by their magic number. */
  head: Buffer;
}

const HEAD_BYTES = 8;

/**
 * Streams a request body to a file, hashing and counting as it goes, so a batch of any size
 * costs a few buffers of memory. Past `maxBytes` the upload stops and the answer is 413.
 */
export async function receiveUpload(
  body: Readable,
  directory: string,
  maxBytes: number,
): Promise<ReceivedUpload> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let sizeBytes = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) return done(tooLarge(maxBytes));
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  if (sizeBytes === 0) {
    await rm(path, { force: true });
    throw new PlatformError(
      'INGESTION.EMPTY_UPLOAD',
      'The request body is empty; send the batch file as the body.',
      { kind: ErrorKind.InvalidInput },
    );
  }
  return { path, sha256: hash.digest('hex'), sizeBytes, head: head.subarray(0, HEAD_BYTES) };
}

export function tooLarge(maxBytes: number): PlatformError {
  return new PlatformError(
    'INGESTION.UPLOAD_TOO_LARGE',
    `The batch is larger than the ${maxBytes}-byte limit (INGESTION_MAX_UPLOAD_BYTES); split it into smaller batches.`,
    { kind: ErrorKind.PayloadTooLarge, details: { maxBytes } },
  );
}
