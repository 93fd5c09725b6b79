import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type {
  MaterializationProgress,
  MaterializeRequest,
  MaterializeResult,
} from '@loopline/features';
import type { WorkerMessage } from './materialization-worker.messages';

/**
 * Runs one materialization in a worker thread and settles with its result or its error (a
 * PlatformError keeps its code and retriability across the thread boundary). Aborting the signal
 * terminates the thread.
 */
export function runMaterializationWorker(
  request: Omit<MaterializeRequest, 'onProgress'>,
  onProgress: (progress: MaterializationProgress) => void,
  signal: AbortSignal,
): Promise<MaterializeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'materialization.worker.js'), {
      workerData: request,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      outcome();
      void worker.terminate();
    };
    const abort = () =>
      settle(() =>
        reject(
          new PlatformError(
            'FEATURE_STORE.MATERIALIZATION_ABORTED',
            'Materialization was stopped (shutdown or lost lease); it resumes elsewhere.',
            {
              kind: ErrorKind.Unavailable,
            },
          ),
        ),
      );
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'result') settle(() => resolve(message.result));
      else {
        const { code, message: text, ...options } = message.error;
        settle(() => reject(new PlatformError(code, text, options)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`materialization worker exited with code ${code} before answering`)),
      ),
    );
  });
}
