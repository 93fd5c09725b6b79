import type { ModelTrained } from '@loopline/contracts';

export const EVALUATE_MODEL_JOB = 'evaluate-model';

/** One candidate to judge: the ModelTrained event as received, and the evaluation's identity. */
export interface EvaluateModelInput {
  evaluationId: string;
  trained: ModelTrained;
}
