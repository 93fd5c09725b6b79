import { parentPort, workerData } from 'node:worker_threads';
import { toPlatformError } from '@loopline/errors';
import type { WorkerThreadMessage } from './worker-thread-messages';

/**
 * The worker-thread side of `runInWorkerThread`: runs `work` on the request the thread was
 * started with, posting progress as it goes, then the result or the error.
 */
export function serveWorkerThread<Q, P, R>(
  work: (request: Q, onProgress: (progress: P) => void) => Promise<R>,
  transferablesOf: (result: R) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (port === null) throw new Error('this script must run as a worker thread');
  const post = (message: WorkerThreadMessage<P, R>, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  work(workerData as Q, (progress) => post({ type: 'progress', progress }))
    .then((result) => post({ type: 'result', result }, transferablesOf(result)))
    .catch((error: unknown) => {
      const platform = toPlatformError(error);
      post({
        type: 'error',
        error: {
          code: platform.code,
          message: platform.message,
          kind: platform.kind,
          retriable: platform.retriable,
          details: platform.details,
        },
      });
    });
}
