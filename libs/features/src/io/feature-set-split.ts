import type { EncodedFeatures } from '../transform/encoded-features';

/**
 * One split (train, validation, test) of a materialized feature set, as one Arrow IPC file:
 * the encoded features, and optionally the label, the event time and the entity of each row.
 * Column layout in the file:
 * - a dense feature: Float32 column named by the feature;
 * - a one-hot block: Int32 column of hot indices (-1 for none) named by the block, its labels
 *   as JSON in the field metadata `loopline.labels`;
 * - `__label`: Float32 (NaN where missing);
 * - `__event_time`: Float64 epoch milliseconds (NaN where missing). Float64 rather than an
 *   Arrow Timestamp so the array round-trips bit for bit, NaN included, as the batch holds it;
 * - `__entity`: Dictionary<Utf8, Int32>, null where the code is -1.
 * Every field carries `loopline.kind` (dense, one_hot, label, event_time, entity); the schema
 * carries `loopline.format` and `loopline.row_count`.
 */
export interface FeatureSetSplitData {
  encoded: EncodedFeatures;
  label: Float32Array | null;
  eventTime: Float64Array | null;
  entity: { codes: Int32Array; dictionary: readonly string[] } | null;
}

/** The value of the schema metadata `loopline.format` of a split file. */
export const FEATURE_SET_SPLIT_FORMAT = 'loopline.feature-set-split/v1';

export const SPLIT_METADATA = {
  format: 'loopline.format',
  rowCount: 'loopline.row_count',
  kind: 'loopline.kind',
  labels: 'loopline.labels',
} as const;

/** Names of the columns besides the features; no feature may take them. */
export const SPLIT_COLUMNS = {
  label: '__label',
  eventTime: '__event_time',
  entity: '__entity',
} as const;

export type SplitColumnKind = 'dense' | 'one_hot' | 'label' | 'event_time' | 'entity';
