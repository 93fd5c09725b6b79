import { join } from 'node:path';
import { runInWorkerThread } from '@loopline/jobs';
import type { GateEvaluation } from '@loopline/model-evaluation';
import type { EvaluationWorkerRequest } from './evaluation-worker.messages';

/** One evaluation in a worker thread; aborting the signal terminates the thread. */
export function runEvaluationWorker(
  request: EvaluationWorkerRequest,
  signal: AbortSignal,
): Promise<GateEvaluation> {
  return runInWorkerThread({
    script: join(__dirname, 'evaluation.worker.js'),
    request,
    onProgress: () => undefined,
    signal,
    abortedError: {
      code: 'EVALUATION.ABORTED',
      message: 'The evaluation was stopped (shutdown or lost lease); it starts again elsewhere.',
    },
  });
}
