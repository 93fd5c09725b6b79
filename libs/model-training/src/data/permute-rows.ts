/**
 * Copies the rows of a row-major matrix in `order` into `out` (reused across epochs). One
 * permuted copy per epoch lets every batch be a contiguous subarray, instead of a gather per
 * batch inside the backend.
 */
export function permuteRows(
  source: Float32Array,
  width: number,
  order: Uint32Array,
  out: Float32Array,
): Float32Array {
  for (let i = 0; i < order.length; i++) {
    const from = order[i] * width;
    out.set(source.subarray(from, from + width), i * width);
  }
  return out;
}
