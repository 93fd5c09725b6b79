import { join } from 'node:path';
import { runInWorkerThread } from '@loopline/jobs';
import type {
  TrainingWorkerProgress,
  TrainingWorkerRequest,
  TrainingWorkerResult,
} from './training-worker.messages';

/** One training run in a worker thread; aborting the signal terminates the thread. */
export function runTrainingWorker(
  request: TrainingWorkerRequest,
  onProgress: (progress: TrainingWorkerProgress) => void,
  signal: AbortSignal,
): Promise<TrainingWorkerResult> {
  return runInWorkerThread({
    script: join(__dirname, 'training.worker.js'),
    request,
    onProgress,
    signal,
    abortedError: {
      code: 'TRAINING.RUN_ABORTED',
      message: 'Training was stopped (shutdown or lost lease); the run starts again elsewhere.',
    },
  });
}
