import type { ColumnKind } from '../profile/data-profile';

/**
 * What changed between two data profiles (two dataset versions, a reference and a monitoring
 * window): the answer to "what is different about this data?". Plain JSON like the profiles.
 */
export interface ProfileDiff {
  rowCount: ValueChange;
  /** Column names only in `to`, in `to` order. */
  columnsAdded: string[];
  /** Column names only in `from`, in `from` order. */
  columnsRemoved: string[];
  /** Columns in both whose kind or engine type changed, in `to` order. */
  columnsRetyped: string[];
  /** Every column: those of `to` in its order, then the removed ones in `from` order. */
  columns: ColumnDiff[];
}

/** A number before and after. */
export interface ValueChange {
  from: number;
  to: number;
  /** to − from. */
  change: number;
  /** (to − from) / |from|; 0 when both are 0, null when only `from` is (no finite ratio). */
  relativeChange: number | null;
}

export interface ColumnType {
  kind: ColumnKind;
  sqlType: string;
}

export type ColumnPresence = 'shared' | 'added' | 'removed';

export interface ColumnDiff {
  name: string;
  presence: ColumnPresence;
  /** The column's type in `from`; null when added. */
  from: ColumnType | null;
  /** The column's type in `to`; null when removed. */
  to: ColumnType | null;
  /** Shared, but its kind or engine type differs (INTEGER → BIGINT counts). */
  retyped: boolean;
  /** Share of rows missing (null or NaN); null unless shared and both tables have rows. */
  missingRate: ValueChange | null;
  /** Distinct present values (approximate above a few thousand); null unless shared. */
  distinct: ValueChange | null;
  /** Shared with a numeric summary on both sides of the same kind; null otherwise. */
  numeric: NumericDiff | null;
  /** Shared with a categorical summary on both sides of the same kind; null otherwise. */
  categorical: CategoricalDiff | null;
}

/** Timestamps compare like numbers, in epoch milliseconds. */
export interface NumericDiff {
  mean: ValueChange;
  std: ValueChange;
  min: ValueChange;
  max: ValueChange;
  median: ValueChange;
  /** Both histograms rebinned onto shared fixed-width edges, the input to the two scores. */
  histogram: AlignedHistograms;
  /** Population stability index of `to` against `from` on the aligned histograms. */
  psi: number;
  /** Jensen–Shannon distance (base 2, in [0, 1]) of the aligned histograms. */
  jensenShannon: number;
}

export interface AlignedHistograms {
  edges: number[];
  /** Counts of `from` on `edges` (fractional: rebinned assuming uniform density per bin). */
  from: number[];
  /** Counts of `to` on `edges`. */
  to: number[];
}

export interface CategoricalDiff {
  /**
   * The union of both top-k lists: `to`'s in its order (most frequent first), then those only
   * in `from`'s, in its order.
   */
  shares: CategoryShareChange[];
  /** Values in `to`'s top k but not in `from`'s. */
  newInTopK: string[];
  /** Values in `from`'s top k but not in `to`'s. */
  goneFromTopK: string[];
  /** Share of present values outside each side's top k. */
  otherShare: ValueChange;
  /**
   * Jensen–Shannon distance (base 2, in [0, 1]) of the share vectors over the union plus one
   * "other" bucket. A value outside one side's top k counts in that side's "other", so a
   * value merely slipping below rank k adds a little distance.
   */
  jensenShannon: number;
}

/**
 * A value's share of present values on each side. A share is null when the value is outside
 * that side's top k while the side has other values: it is then unknown, at most the share of
 * that side's k-th value. It is 0 when that side has no values beyond its top k.
 */
export interface CategoryShareChange {
  value: string;
  from: number | null;
  to: number | null;
  /** to − from; null when either share is unknown. */
  change: number | null;
}
