import * as tf from '@tensorflow/tfjs';

/**
 * Scores a row-major matrix in batches (one `predict` costs ~100 µs whatever its size, so
 * throughput comes from batching) and returns the outputs row-major, `units` per row.
 */
export function predictRows(
  model: tf.LayersModel,
  matrix: Float32Array,
  rows: number,
  width: number,
  batchSize = 4096,
): Float32Array {
  const units = (model.outputs[0].shape[1] as number | null) ?? 1;
  const out = new Float32Array(rows * units);
  for (let start = 0; start < rows; start += batchSize) {
    const n = Math.min(batchSize, rows - start);
    const values = tf.tidy(() => {
      const batch = tf.tensor2d(matrix.subarray(start * width, (start + n) * width), [n, width]);
      // predict() would cut the batch again into its default 32-row batches, one call each.
      return (model.predict(batch, { batchSize: n }) as tf.Tensor).dataSync();
    });
    out.set(values as Float32Array, start * units);
  }
  return out;
}
