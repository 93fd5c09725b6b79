import type { RetrainingPolicy } from '../../policies/monitoring-policy';
import type { RetrainingCause } from './retraining-outcome';

/** The request that currently counts as in flight for a model, as the model's state names it. */
export interface InFlightRequest {
  requestId: string;
  /** Epoch milliseconds. */
  requestedAt: number;
  /** Set once `TrainingRunStarted` named the run that serves the request. */
  trainingRunId: string | null;
}

/** A materialized feature set, reduced to what the newer-data rule compares. */
export interface FeatureSetFacts {
  featureSetId: string;
  datasetVersionId: string;
  /** Epoch milliseconds. */
  materializedAt: number;
}

/** Everything one decision depends on; the decision itself reads nothing else. */
export interface RetrainingDecisionInput {
  cause: RetrainingCause;
  policy: RetrainingPolicy;
  /** Epoch milliseconds. */
  now: number;
  /** When the model's newest request was made (any cause), epoch milliseconds. */
  lastRequestedAt: number | null;
  inFlight: InFlightRequest | null;
  /** The feature set the serving version was trained on; null when no version is known. */
  servingFeatureSet: FeatureSetFacts | null;
  /** The newest materialized feature set of the serving version's view; null when none is known. */
  newestFeatureSet: FeatureSetFacts | null;
}
