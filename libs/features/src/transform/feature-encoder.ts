import type { EncodedColumn } from './encoded-features';
import type { RawColumn } from './raw-batch';

/** A column of the compact form before any rows: its name and, for a block, its labels. */
export type EncodedShape =
  { kind: 'dense'; name: string } | { kind: 'one_hot'; name: string; labels: readonly string[] };

/** One feature, compiled: the columns it produces and how to compute them for a batch. */
export interface FeatureEncoder {
  readonly shapes: readonly EncodedShape[];
  /** The feature's encoded columns, in `shapes` order, for a source column of the right type. */
  encode(column: RawColumn): EncodedColumn[];
}

/** Narrows a source column to the type the encoder needs; checkBatch has made this a given. */
export function columnOfType<T extends RawColumn['type']>(
  column: RawColumn,
  type: T,
): Extract<RawColumn, { type: T }> {
  if (column.type !== type) throw new Error(`Expected a ${type} column, found ${column.type}.`);
  return column as Extract<RawColumn, { type: T }>;
}
