import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DriftReference, ProfileInput } from '@loopline/stats';
import type { RawBatch } from '../transform/raw-batch';
import type { DriftReferenceWork } from './drift-reference.worker';

const WORKER = join(__dirname, 'drift-reference.worker.js');

/**
 * buildDriftReference on its own thread, so that it overlaps with encoding and writing the other
 * splits: its quantile sorts of millions of doubles cost about as much as the whole reference
 * profile. The buffers in `handOver` move to the worker (the caller must not read them again);
 * the rest is copied. The promise is marked handled at once, since the caller awaits it later:
 * a failure rejects that await rather than the process.
 */
export function buildDriftReferenceOffThread(
  rowCount: number,
  inputs: ProfileInput[],
  handOver: ReadonlySet<ArrayBuffer>,
): Promise<DriftReference> {
  const workerData: DriftReferenceWork = { rowCount, inputs };
  const built = new Promise<DriftReference>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData, transferList: [...handOver] });
    worker.once('message', (reference: DriftReference) => resolve(reference));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The drift reference worker exited with code ${code} before answering.`)),
    );
  });
  built.catch(() => undefined);
  return built;
}

/** The column buffers of `part` that `batch` does not also use: safe to hand over. */
export function buffersOnlyIn(part: RawBatch, batch: RawBatch): Set<ArrayBuffer> {
  const shared = new Set(Object.values(batch.columns).map(bufferOf));
  const own = new Set<ArrayBuffer>();
  for (const column of Object.values(part.columns)) {
    const buffer = bufferOf(column);
    if (!shared.has(buffer) && buffer instanceof ArrayBuffer) own.add(buffer);
  }
  return own;
}

function bufferOf(column: RawBatch['columns'][string]): ArrayBufferLike {
  return column.type === 'categorical' ? column.codes.buffer : column.values.buffer;
}
