import type { InputColumn } from '@loopline/features';

/** What the log needs of a served model's signature to lay out its columns. */
export interface LoggedSignature {
  inputs: readonly Pick<InputColumn, 'name' | 'type'>[];
  outputs: readonly string[];
}

/**
 * Optional: the signatures of the models this instance serves, by training run, so the log types
 * each input as the model reads it (a timestamp stays a timestamp). Without it, or for a run it
 * does not know, the layout is inferred from the values: numbers numeric, strings categorical.
 */
export interface PredictionLogSignatures {
  signatureOf(trainingRunId: string): LoggedSignature | undefined;
}

export const PREDICTION_LOG_SIGNATURES = Symbol('PREDICTION_LOG_SIGNATURES');
