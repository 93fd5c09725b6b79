/**
 * The confusion counts of one score column at every distinct score, from the highest down.
 * Point i counts a row positive when its score is above `thresholds[i]` (the rule the metrics
 * and the decision threshold use), so a threshold read off a curve can be set as the policy's
 * decisionThreshold as it is.
 */
export interface ThresholdSweep {
  truePositives: number[];
  falsePositives: number[];
  thresholds: number[];
  positives: number;
  negatives: number;
  /** The highest score: no row is above it (the threshold of the all-negative corner). */
  maxScore: number;
}

/**
 * Sweeps `scores[offset + row * stride]` (stride 1 for a binary score vector, the class count for
 * one class of row-major probabilities) with `isPositive(row)` as the truth. The two groups are
 * sorted separately with the native typed-array sort and merged from the top, which keeps large
 * splits fast (no comparator sort over row indices).
 */
export function thresholdSweep(
  scores: ArrayLike<number>,
  rows: number,
  isPositive: (row: number) => boolean,
  offset = 0,
  stride = 1,
): ThresholdSweep {
  const positive: number[] = [];
  const negative: number[] = [];
  for (let row = 0, at = offset; row < rows; row++, at += stride)
    (isPositive(row) ? positive : negative).push(scores[at]);
  const pos = Float64Array.from(positive).sort();
  const neg = Float64Array.from(negative).sort();
  const sweep: ThresholdSweep = {
    truePositives: [],
    falsePositives: [],
    thresholds: [],
    positives: pos.length,
    negatives: neg.length,
    maxScore: Math.max(pos[pos.length - 1] ?? -Infinity, neg[neg.length - 1] ?? -Infinity),
  };
  let p = pos.length - 1;
  let n = neg.length - 1;
  let tp = 0;
  let fp = 0;
  while (p >= 0 || n >= 0) {
    const score = p < 0 ? neg[n] : n < 0 ? pos[p] : Math.max(pos[p], neg[n]);
    while (p >= 0 && pos[p] === score) {
      p--;
      tp++;
    }
    while (n >= 0 && neg[n] === score) {
      n--;
      fp++;
    }
    sweep.truePositives.push(tp);
    sweep.falsePositives.push(fp);
    // Rows above the next lower score are exactly the rows at or above this one.
    const next = p < 0 ? (n < 0 ? null : neg[n]) : n < 0 ? pos[p] : Math.max(pos[p], neg[n]);
    sweep.thresholds.push(next ?? (score > 0 ? 0 : score - 1));
  }
  return sweep;
}
