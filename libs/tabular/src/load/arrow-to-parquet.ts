import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Converts an Arrow IPC file (file or stream format) to Parquet. The engine has no Arrow IPC
 * reader built in, and decoding record batches is JavaScript work, so it runs in a worker
 * thread: the event loop keeps serving probes and heartbeats while a large file converts.
 */
export function convertArrowToParquet(arrowPath: string, parquetPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'arrow-to-parquet.worker.js'), {
      workerData: { arrowPath, parquetPath },
    });
    worker.once('message', (message: { error?: string }) => {
      if (message.error === undefined) resolve();
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the Arrow conversion thread exited with code ${code}`));
    });
  });
}
