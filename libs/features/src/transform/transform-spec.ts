import type { FeatureViewDefinition } from '../definition/feature-view-definition';

export const TRANSFORM_SPEC_FORMAT = 'loopline.transform-spec/v1';

/**
 * What a feature view version compiles from, once fitted: the definition plus the statistics
 * fitted on the training split. Stored as JSON with the feature set, and saved with every model
 * trained on it, so serving rebuilds exactly the transform training saw.
 */
export interface TransformSpec {
  format: typeof TRANSFORM_SPEC_FORMAT;
  featureView: { name: string; version: number };
  definition: FeatureViewDefinition;
  statistics: FittedStatistics;
}

/**
 * Per feature, one entry per transform step in order (null for steps that fit nothing: clip,
 * log1p, hash, datetime_part, declared boundaries).
 */
export interface FittedStatistics {
  /** Rows of the training split the statistics were fitted on. */
  fittedRows: number;
  features: Record<string, (FittedStep | null)[]>;
  /** Multiclass label classes in class-index order; null for other tasks. */
  labelClasses: string[] | null;
}

export type FittedStep =
  | { kind: 'impute'; value: number }
  | { kind: 'standardize'; mean: number; std: number }
  | { kind: 'min_max'; min: number; max: number }
  | { kind: 'bucketize'; boundaries: number[] }
  | { kind: 'one_hot'; vocabulary: string[] };
