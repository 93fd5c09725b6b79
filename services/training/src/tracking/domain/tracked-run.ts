import type { AttemptOutcome, RunStatus } from './run-status';

/** A file a run produced, content-addressed in the object store. */
export interface RunArtifact {
  /** What it is to the run: `model`, `learning-curves`, `confusion-matrix`, ... */
  name: string;
  uri: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

/** Where a run's inputs came from; free-form beyond the fields every run has. */
export interface RunLineage {
  datasetVersionId?: string;
  featureViewName?: string;
  featureViewVersion?: number;
  codeCommit?: string;
  seed?: number;
  [key: string]: string | number | boolean | null | undefined;
}

/** What the orchestrator knows when it creates a run; the run starts queued. */
export interface NewTrackedRun {
  id: string;
  modelName: string;
  /** What started it: `drift`, `performance`, `schedule`, `manual`, `new-features`, ... */
  trigger: string;
  /** Why, in words a person wrote or the triggering event gave. */
  reason: string;
  requestedBy: string;
  /** The training requests this run answers; more are added when requests are coalesced. */
  requestIds: string[];
  featureSetId: string | null;
  configVersion: number | null;
  configHash: string | null;
  /** Hyperparameters and settings, flattened to strings as MLflow params are. */
  params: Record<string, string>;
  /** The full configuration the run was trained with, as JSON. */
  config?: unknown;
  lineage?: RunLineage;
  tags?: Record<string, string>;
}

/**
 * What starting an attempt knows: where it runs, and what it resolved (the feature set, the
 * configuration and its params), which a queued run may not have had yet.
 */
export interface AttemptStart {
  backend: string | null;
  startedAt: Date;
  featureSetId?: string | null;
  configVersion?: number | null;
  configHash?: string | null;
  params?: Record<string, string>;
  config?: unknown;
  /** Merged into the run's lineage. */
  lineage?: RunLineage;
}

/** How a run ended: succeeded with its results, or failed with the reason. */
export type RunOutcome =
  | {
      status: 'succeeded';
      /** Final metrics, flat: `test_roc_auc`, `val_loss`, ... */
      metrics: Record<string, number>;
      artifacts: RunArtifact[];
      durationMs: number;
      samplesPerSecond: number | null;
      note?: string;
    }
  | {
      status: 'failed';
      error: RunError;
      durationMs?: number;
      note?: string;
    };

export interface RunError {
  code: string;
  message: string;
  retriable: boolean;
}

/** One value of a metric at a step (an epoch, a batch); re-logging a step replaces its value. */
export interface MetricPoint {
  key: string;
  step: number;
  value: number;
  /** Epoch milliseconds; now when absent. */
  timestamp?: number;
}

export interface RunAttempt {
  attempt: number;
  backend: string | null;
  outcome: AttemptOutcome;
  note: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

/** A run as the store returns it. */
export interface TrackedRun {
  id: string;
  modelName: string;
  status: RunStatus;
  trigger: string;
  reason: string;
  requestedBy: string;
  requestIds: string[];
  /** How many later requests were folded into this run instead of starting another. */
  coalesced: number;
  featureSetId: string | null;
  configVersion: number | null;
  configHash: string | null;
  params: Record<string, string>;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  lineage: RunLineage;
  backend: string | null;
  samplesPerSecond: number | null;
  attempts: number;
  artifacts: RunArtifact[];
  error: RunError | null;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
}

/** A run with its full configuration and the story of its attempts, oldest first. */
export type TrackedRunDetail = TrackedRun & { config: unknown; attemptHistory: RunAttempt[] };
