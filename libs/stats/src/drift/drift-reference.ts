/**
 * What monitoring compares its windows with: the training split's raw inputs, binned finely
 * enough for KS, Wasserstein, PSI and chi-square, in memory bounded by the bins rather than the
 * rows. The feature store writes it at materialization; prediction logs carry the same columns
 * under the same names. Plain JSON, versioned by `format`.
 */
export const DRIFT_REFERENCE_FORMAT = 'loopline.drift-reference/v1';

/** Most bins of a numeric column: cut at the reference's quantiles i / DRIFT_NUMERIC_BINS. */
export const DRIFT_NUMERIC_BINS = 100;

/** Most categories kept per column, most frequent first; the rest count as other. */
export const DRIFT_MAX_CATEGORIES = 200;

export interface DriftReference {
  format: typeof DRIFT_REFERENCE_FORMAT;
  rowCount: number;
  columns: DriftColumnReference[];
}

export type DriftColumnReference = NumericColumnReference | CategoricalColumnReference;

export interface NumericColumnReference {
  name: string;
  kind: 'numeric';
  /**
   * Interior cut points, strictly ascending: bin 0 is (-inf, cuts[0]), bin i is
   * [cuts[i - 1], cuts[i]), the last [cuts[cuts.length - 1], +inf). Equal quantiles collapse into
   * one cut, so a column with few values has few bins.
   */
  cuts: number[];
  /** Present values per bin: cuts.length + 1 entries. */
  counts: number[];
  /** Null, NaN and infinite values. */
  missing: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation; Wasserstein distances are reported in its units. */
  std: number;
  /**
   * Sums of the values in the first and the last bin. The outer bins reach to the extremes, so
   * a heavy tail (a few delays of hours) would put most of a uniform bin's mass far from where
   * the values are; the tail means place it where they are. Absent in older references.
   */
  tailSums?: [number, number];
}

export interface CategoricalColumnReference {
  name: string;
  kind: 'categorical';
  /** At most DRIFT_MAX_CATEGORIES values, most frequent first (ties by code point order). */
  categories: string[];
  /** Per category, then one more entry: values outside `categories` (other). */
  counts: number[];
  missing: number;
  /**
   * Set for the columns a timestamp input becomes (`<name>.hour`, `<name>.weekday`, UTC): time
   * itself always moves, the hour and weekday mix is what a model can be surprised by.
   */
  derivedFrom?: { column: string; part: 'hour' | 'weekday' };
}

/**
 * One window's values counted into its reference's bins: mergeable (add counts), as small as
 * the reference whatever the window's size.
 */
export interface WindowSketch {
  rowCount: number;
  columns: Record<string, WindowColumnSketch>;
}

export interface WindowColumnSketch {
  /** Aligned with the reference column's `counts`. */
  counts: number[];
  missing: number;
  /** Numeric columns: extremes of the window's present values (null before the first). */
  min: number | null;
  max: number | null;
  /** Numeric columns: sums of the values in the first and the last bin (see the reference's). */
  tailSums?: [number, number];
}
