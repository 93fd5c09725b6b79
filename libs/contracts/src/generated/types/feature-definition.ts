// Generated from schemas/FeatureViewRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { FeatureDtype } from './feature-dtype';

/** One output feature of a feature view. */
export interface FeatureDefinition {
  /** Name of the feature as models see it. */
  name: string;
  /** Dataset columns the feature is computed from. */
  sourceColumns: string[];
  /** Transform that computes the feature, e.g. identity, standardize, min_max, one_hot, bucketize, hour_of_day. */
  transform: string;
  /** Value type of the feature after its transform. */
  dtype: FeatureDtype;
  /** Number of model inputs the feature expands to (1, or the category count for one_hot). */
  width: number;
  /** What the feature means, for model cards and reviewers. */
  description: string;
}
