/** `error` rejects the batch; `warn` is recorded with the version and lets it through. */
export type RuleSeverity = 'error' | 'warn';

export const RULE_KINDS = [
  'range',
  'allowed_values',
  'pattern',
  'unique',
  'max_missing_rate',
  'row_count',
  'event_time_monotonic',
  'event_time_window',
  'freshness',
  'distribution',
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

interface RuleBase {
  severity: RuleSeverity;
  /** Why the rule exists or how its bounds were chosen. */
  description: string | null;
}

/** Present values lie within [min, max]; either bound may be open (null), not both. */
export interface RangeRule extends RuleBase {
  rule: 'range';
  column: string;
  min: number | null;
  max: number | null;
}

/** Present values are one of `values` (strings for string columns, numbers for numeric ones). */
export interface AllowedValuesRule extends RuleBase {
  rule: 'allowed_values';
  column: string;
  values: (string | number)[];
}

/** Present values match `regex` (searched, so anchor it with ^ and $ to match whole values). */
export interface PatternRule extends RuleBase {
  rule: 'pattern';
  column: string;
  regex: string;
}

/**
 * No two rows of the new snapshot (the batch plus the parent version) share these columns' values.
 * Rows with a null in any of them never collide, as in SQL.
 */
export interface UniqueRule extends RuleBase {
  rule: 'unique';
  columns: string[];
}

/** Share of rows with no value (null, or NaN for numbers) is at most `max`. */
export interface MaxMissingRateRule extends RuleBase {
  rule: 'max_missing_rate';
  column: string;
  max: number;
}

/** The batch holds between `min` and `max` rows; either bound may be open, not both. */
export interface RowCountRule extends RuleBase {
  rule: 'row_count';
  min: number | null;
  max: number | null;
}

/**
 * Event times never decrease in row order; with `acrossVersions`, the batch also starts no
 * earlier than the parent version ends.
 */
export interface EventTimeMonotonicRule extends RuleBase {
  rule: 'event_time_monotonic';
  column: string;
  acrossVersions: boolean;
}

/** Event times lie within [notBefore, notAfter] (ISO 8601 instants, UTC; either may be open). */
export interface EventTimeWindowRule extends RuleBase {
  rule: 'event_time_window';
  column: string;
  notBefore: string | null;
  notAfter: string | null;
}

/** The newest event time is at most `maxAgeHours` older than the moment of validation. */
export interface FreshnessRule extends RuleBase {
  rule: 'freshness';
  column: string;
  maxAgeHours: number;
}

/** Statistics a distribution rule compares between a batch and its parent version. */
export type DistributionStatistic = 'mean' | 'share' | 'missing_rate';

/**
 * A statistic of the batch differs from the parent version's by at most `maxAbsoluteChange`.
 * `share` is the fraction of present values equal to `category`. Not evaluated on a first version.
 */
export interface DistributionRule extends RuleBase {
  rule: 'distribution';
  column: string;
  statistic: DistributionStatistic;
  category: string | null;
  maxAbsoluteChange: number;
}

export type ContractRule =
  | RangeRule
  | AllowedValuesRule
  | PatternRule
  | UniqueRule
  | MaxMissingRateRule
  | RowCountRule
  | EventTimeMonotonicRule
  | EventTimeWindowRule
  | FreshnessRule
  | DistributionRule;
