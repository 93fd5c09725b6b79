import type { MaterializationProgress, SplitName } from '@loopline/features';
import type { ArtifactRef } from './artifact-ref';

/**
 * A feature set's lifecycle: queued when requested, running while a worker materializes it, then
 * completed (its event published) or failed (its failure published). A failed set may be queued
 * again; a completed one never changes.
 */
export enum FeatureSetStatus {
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
}

export const FEATURE_SET_TRANSITIONS: Readonly<
  Record<FeatureSetStatus, readonly FeatureSetStatus[]>
> = {
  [FeatureSetStatus.Queued]: [FeatureSetStatus.Running, FeatureSetStatus.Failed],
  [FeatureSetStatus.Running]: [
    FeatureSetStatus.Running,
    FeatureSetStatus.Completed,
    FeatureSetStatus.Failed,
  ],
  [FeatureSetStatus.Completed]: [],
  [FeatureSetStatus.Failed]: [FeatureSetStatus.Queued],
};

export function canMoveFeatureSet(from: FeatureSetStatus, to: FeatureSetStatus): boolean {
  return FEATURE_SET_TRANSITIONS[from].includes(to);
}

/** What a completed materialization produced, all of it content-addressed in the object store. */
export interface FeatureSetResult {
  splits: { name: SplitName; data: ArtifactRef; rowCount: number }[];
  transformSpec: ArtifactRef;
  referenceProfile: ArtifactRef;
  /**
   * The test split's rows before the transform, row for row (Arrow IPC, `readRawInputs`), so a
   * model with another fitted transform is scored on the same rows. Absent in results stored
   * before it was written.
   */
  testInputs?: ArtifactRef;
  /**
   * The training split's raw inputs binned for drift comparisons (JSON, libs/stats
   * `DriftReference`), which monitoring compares its windows with. Absent in results stored
   * before it was written.
   */
  driftReference?: ArtifactRef;
  featureNames: string[];
  rowCount: number;
  droppedRows: number;
  /** Epoch ms; the online values cover events strictly before it. */
  asOf: number | null;
  onlineEntities: number;
  timingsMs: Record<MaterializationProgress['stage'], number>;
}

export interface FeatureSet {
  id: string;
  viewName: string;
  viewVersion: number;
  datasetVersionId: string;
  status: FeatureSetStatus;
  stage: MaterializationProgress['stage'] | null;
  rowsDone: number;
  rowsTotal: number | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  result: FeatureSetResult | null;
  error: { code: string; message: string } | null;
}
