import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

/** A pass-through stream that hashes (sha256) and counts what flows through it. */
export class HashingMeter extends Transform {
  private readonly hash = createHash('sha256');
  sizeBytes = 0;

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error: null, chunk: Buffer) => void,
  ): void {
    this.hash.update(chunk);
    this.sizeBytes += chunk.length;
    done(null, chunk);
  }

  /** The lower-case hex sha256 of everything seen; call once, after the stream ended. */
  sha256(): string {
    return this.hash.digest('hex');
  }
}
