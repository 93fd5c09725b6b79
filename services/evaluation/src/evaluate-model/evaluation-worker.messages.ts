import type { ModelTask } from '@loopline/contracts';
import type { GatePolicy } from '@loopline/model-evaluation';
import type { TrainingBackend } from '@loopline/model-training';
import type { LocalModelFiles } from './model-files';

/** What the evaluation worker thread needs: the policy, both models and the test rows. */
export interface EvaluationWorkerRequest {
  policy: GatePolicy;
  task: ModelTask;
  backend: TrainingBackend | 'auto';
  candidate: LocalModelFiles;
  champion: (LocalModelFiles & { modelVersion: number }) | null;
  testSplit: string;
  testInputs: string;
}
