import { Worker } from 'node:worker_threads';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { WorkerThreadMessage } from './worker-thread-messages';

export interface WorkerThreadRun<Q, P> {
  /** Compiled worker script; it must answer through `serveWorkerThread`. */
  script: string;
  request: Q;
  onProgress: (progress: P) => void;
  /** Aborting terminates the thread; the promise rejects with `abortedError`. */
  signal: AbortSignal;
  /** The retriable error a stop gives (shutdown or a lost lease: the job resumes elsewhere). */
  abortedError: { code: string; message: string };
}

/**
 * Runs a job's CPU-heavy work in a worker thread and settles with its result or its error (a
 * PlatformError keeps its code and retriability across the thread boundary), so the service's
 * event loop stays free for probes, lease renewals and the Kafka consumer's heartbeats.
 */
export function runInWorkerThread<Q, P, R>(run: WorkerThreadRun<Q, P>): Promise<R> {
  const { signal } = run;
  return new Promise((resolve, reject) => {
    const worker = new Worker(run.script, { workerData: run.request });
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
          new PlatformError(run.abortedError.code, run.abortedError.message, {
            kind: ErrorKind.Unavailable,
          }),
        ),
      );
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerThreadMessage<P, R>) => {
      if (message.type === 'progress') run.onProgress(message.progress);
      else if (message.type === 'result') settle(() => resolve(message.result));
      else {
        const { code, message: text, ...options } = message.error;
        settle(() => reject(new PlatformError(code, text, options)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`worker thread exited with code ${code} before answering`))),
    );
  });
}
