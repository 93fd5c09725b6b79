import type { ArtifactRef } from '@loopline/contracts';
import type { GateEvaluation } from '@loopline/model-evaluation';

/** What an evaluation found, stored and ready to be announced. */
export interface EvaluateModelOutcome {
  evaluation: GateEvaluation;
  policy: { name: string; version: number };
  /** Null when the evaluation failed before a report could be written. */
  report: ArtifactRef | null;
  evaluatedAt: number;
}
