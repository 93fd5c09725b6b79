import type { ServingRole } from '@loopline/contracts';

/**
 * One answered (or failed) prediction, as the serving path hands it to the prediction log. The
 * log copies nothing it does not need and never blocks the caller.
 */
export interface ServedPrediction {
  predictionId: string;
  /** Request id shared by every instance of one request. */
  requestId: string;
  /** When the request arrived (epoch milliseconds, UTC). */
  requestTime: number;
  endpointName: string;
  modelName: string;
  modelVersion: number | null;
  trainingRunId: string;
  /** champion (stable), challenger (canary candidate) or shadow (mirrored, never returned). */
  role: ServingRole;
  rolloutId: string | null;
  /** The instance's raw inputs, by signature input column (online values included). */
  inputs: Readonly<Record<string, number | string | null>>;
  /** Model outputs in signature order (`probability`, `probability:<class>` or `prediction`). */
  outputs: readonly number[];
  /** Predicted class label, or the regression value. */
  prediction: string | number;
  /** Time from the request's arrival to its answer, in milliseconds. */
  latencyMs: number;
}
