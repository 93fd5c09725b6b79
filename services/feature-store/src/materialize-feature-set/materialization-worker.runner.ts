import { join } from 'node:path';
import type {
  MaterializationProgress,
  MaterializeRequest,
  MaterializeResult,
} from '@loopline/features';
import { runInWorkerThread } from '@loopline/jobs';

/** One materialization in a worker thread; aborting the signal terminates the thread. */
export function runMaterializationWorker(
  request: Omit<MaterializeRequest, 'onProgress'>,
  onProgress: (progress: MaterializationProgress) => void,
  signal: AbortSignal,
): Promise<MaterializeResult> {
  return runInWorkerThread({
    script: join(__dirname, 'materialization.worker.js'),
    request,
    onProgress,
    signal,
    abortedError: {
      code: 'FEATURE_STORE.MATERIALIZATION_ABORTED',
      message: 'Materialization was stopped (shutdown or lost lease); it resumes elsewhere.',
    },
  });
}
