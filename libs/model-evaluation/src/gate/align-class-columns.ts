/**
 * Re-lays row-major class probabilities from the classes `from` to the classes `to`, matched by
 * name: a model trained earlier may have met the classes in another order, or other classes.
 * A class of `to` that `from` lacks gets probability 0. Mass on a class `to` lacks is dropped
 * and each row renormalized over the shared classes (uniform when none got any mass): the test
 * labels index only `to`, so that mass can never be right, and rows that are not distributions
 * would be refused by the metrics. Returns `probabilities` itself when the classes already agree.
 */
export function alignClassColumns(
  probabilities: Float32Array,
  rows: number,
  from: readonly string[],
  to: readonly string[],
): Float32Array {
  if (from.length === to.length && from.every((label, i) => label === to[i])) return probabilities;
  const source = to.map((label) => from.indexOf(label));
  const renormalize = from.some((label) => !to.includes(label));
  const aligned = new Float32Array(rows * to.length);
  for (let row = 0; row < rows; row++) {
    const at = row * to.length;
    let sum = 0;
    for (let c = 0; c < to.length; c++) {
      const value = source[c] < 0 ? 0 : probabilities[row * from.length + source[c]];
      aligned[at + c] = value;
      sum += value;
    }
    if (!renormalize) continue;
    for (let c = 0; c < to.length; c++)
      aligned[at + c] = sum > 0 ? aligned[at + c] / sum : 1 / to.length;
  }
  return aligned;
}
