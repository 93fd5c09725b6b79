/**
 * The compact form of a feature tensor, as feature sets store it: one column per scalar tensor
 * column (`dense`), and one index column per one-hot block (`one_hot`, -1 for all zeros).
 * `toTensor` expands it without arithmetic, so a tensor rebuilt from a stored feature set is
 * bit-identical to one computed directly.
 */
export type EncodedColumn =
  | { kind: 'dense'; name: string; values: Float32Array }
  /** Tensor columns `${name}=${labels[k]}`; `index[i]` is the hot one of row i. */
  | { kind: 'one_hot'; name: string; labels: readonly string[]; index: Int32Array };

export interface EncodedFeatures {
  rowCount: number;
  columns: EncodedColumn[];
}

/** Named columns of the row-major Float32 tensor, in order. */
export interface TensorLayout {
  width: number;
  columns: readonly string[];
}
