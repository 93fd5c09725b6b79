/**
 * Raw input columns, as materialization reads them from a dataset version and as serving builds
 * them from request bodies. Missing is NaN for numbers and timestamps, -1 for category codes.
 */
export type RawColumn =
  | { type: 'numeric'; values: Float64Array }
  /** Epoch milliseconds, UTC. */
  | { type: 'timestamp'; values: Float64Array }
  /** `codes[i]` indexes `dictionary`; the dictionary need not be sorted or minimal. */
  | { type: 'categorical'; codes: Int32Array; dictionary: readonly string[] };

export type RawColumnType = RawColumn['type'];

export interface RawBatch {
  rowCount: number;
  columns: Record<string, RawColumn>;
}

/** A column a compiled transform reads, with the type it must have. */
export interface InputColumn {
  name: string;
  type: RawColumnType;
  /**
   * True for a view's aggregation outputs: serving takes them from the online values of the
   * row's entity, materialization computes them as of each row's event time.
   */
  online: boolean;
}
