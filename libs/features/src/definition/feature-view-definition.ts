/**
 * A feature view as its owner declares it: which dataset it reads, which entity and event time
 * its rows have, the label to learn, the per-entity windowed aggregations, and the features as
 * chains of transforms over raw columns. Plain JSON (a file in the repo or an HTTP body); the
 * feature store gives each distinct definition of a name the next version number.
 */
export interface FeatureViewDefinition {
  /** Lower-case name, `[a-z][a-z0-9_-]*`, at most 64 characters. */
  name: string;
  description: string;
  /** Team or person responsible. */
  owner: string;
  source: { dataset: string };
  /**
   * Column naming the entity the windowed aggregations are kept per (e.g. the origin airport),
   * and the key of the online values; null for a view without aggregations.
   */
  entity: { column: string } | null;
  /** Event-time column: splits, windows and date parts read it. Null only for views with neither. */
  eventTime: { column: string } | null;
  /** What a supervised model learns; null for an unlabelled view. */
  label: LabelDefinition | null;
  /** Per-entity aggregations as of each row's event time, strictly before it. */
  aggregations: WindowAggregation[];
  /** Model inputs, in tensor order. */
  features: FeatureDefinition[];
  split: SplitDefinition;
}

export type ComparisonOperator = '>' | '>=' | '<' | '<=' | '==' | '!=';

/** `value <op> threshold`, e.g. delay > 15. */
export interface NumericPredicate {
  op: ComparisonOperator;
  value: number;
}

export type LabelDefinition =
  | { name: string; column: string; task: 'binary'; positiveWhen: NumericPredicate }
  /** Classes in the declared order, or when absent the training split's distinct values sorted. */
  | { name: string; column: string; task: 'multiclass'; classes?: string[] }
  | { name: string; column: string; task: 'regression' };

/**
 * One value per row, computed over the same entity's rows whose event time lies in
 * `[t - windowDays, t)`: `count` of rows, `mean` of `column`, `rate` (share of rows where
 * `column` satisfies `when`). An empty window gives count 0 and a missing mean or rate.
 */
export type WindowAggregation =
  | { name: string; function: 'count'; windowDays: number }
  | { name: string; function: 'mean'; column: string; windowDays: number }
  | { name: string; function: 'rate'; column: string; when: NumericPredicate; windowDays: number };

/**
 * One model input (which may expand to several tensor columns). `source` names a raw column of
 * the dataset or an aggregation of this view; `transform` is applied left to right.
 */
export interface FeatureDefinition {
  name: string;
  source: string;
  description: string;
  transform: TransformStep[];
}

/**
 * Steps by the type of value they take:
 * - numeric chain: any of `impute`, `clip`, `log1p`, `standardize`, `min_max`, optionally ended
 *   by `bucketize` (which expands to one-hot buckets);
 * - categorical: exactly one of `one_hot` (top categories plus `other`) or `hash`;
 * - timestamp: exactly one `datetime_part`.
 * An empty chain passes a numeric value through unchanged (missing stays NaN, so impute first).
 */
export type TransformStep =
  /** Replaces a missing value by the training mean or median or a constant; `indicator` adds a 0/1 column. */
  | {
      kind: 'impute';
      strategy: 'mean' | 'median' | 'constant';
      value?: number;
      indicator?: boolean;
    }
  | { kind: 'clip'; min?: number; max?: number }
  /** log(1 + x) for x >= 0; negative values count as 0. */
  | { kind: 'log1p' }
  | { kind: 'standardize' }
  | { kind: 'min_max' }
  /** Declared `boundaries`, or `quantiles` equal-frequency buckets fitted on the training split. */
  | { kind: 'bucketize'; boundaries?: number[]; quantiles?: number }
  /** The `maxCategories` most frequent training values seen at least `minCount` times, then `other`. */
  | { kind: 'one_hot'; maxCategories: number; minCount?: number }
  /** FNV-1a of the UTF-8 value modulo `buckets`, one-hot. */
  | { kind: 'hash'; buckets: number }
  | { kind: 'datetime_part'; part: DatetimePart; encoding: DatetimeEncoding };

export type DatetimePart = 'hour' | 'weekday' | 'month' | 'day_of_year' | 'season';
/** `cyclical`: sin and cos of the part's angle; `one_hot`: one column per value; `ordinal`: the number. */
export type DatetimeEncoding = 'cyclical' | 'one_hot' | 'ordinal';

/**
 * Time-based by default: rows ordered by event time, the oldest `train` share trains, then
 * validation, then test. `random` assigns rows with a seeded generator instead.
 */
export interface SplitDefinition {
  strategy: 'time' | 'random';
  fractions: { train: number; validation: number; test: number };
  seed: number;
}

export type TransformKind = TransformStep['kind'];
