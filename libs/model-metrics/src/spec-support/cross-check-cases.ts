// Test support only (not exported): the deterministic cases of the scikit-learn cross-check.
import { seededRandom } from '@loopline/stats';

export interface BinaryCase {
  name: string;
  labels: number[];
  scores: number[];
  threshold: number;
}
export interface MulticlassCase {
  name: string;
  labels: number[];
  probabilities: number[];
  classCount: number;
}
export interface RegressionCase {
  name: string;
  targets: number[];
  predictions: number[];
}
export interface CrossCheckCases {
  binary: BinaryCase[];
  multiclass: MulticlassCase[];
  regression: RegressionCase[];
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Every case the cross-check runs. Sizes are chosen so that both sorts are exercised (the radix
 * sort takes over at 2048 values per class), and values so that ties, float32 scores, exact 0 and
 * 1, scores at the threshold and absent classes all occur.
 */
export function crossCheckCases(seed = 20_240_611): CrossCheckCases {
  const random = seededRandom(seed);
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
  const bernoulli = (n: number, rate: number) => rows(n).map(() => (random() < rate ? 1 : 0));
  const uniformClass = (n: number, k: number) => rows(n).map(() => Math.floor(random() * k));
  const softmaxRows = (labels: number[], k: number, boost: number, float32: boolean) =>
    labels.flatMap((label) => {
      const e = rows(k).map((c) => Math.exp(gaussian() + (c === label ? boost : 0)));
      const sum = e.reduce((a, b) => a + b, 0);
      return e.map((x) => (float32 ? Math.fround(x / sum) : x / sum));
    });

  const tiedLabels = bernoulli(3000, 0.4);
  const rareLabels = bernoulli(20_000, 0.02);
  const wideLabels = bernoulli(30_000, 0.5);
  const orderedLabels = bernoulli(1000, 0.3);
  const saturatedLabels = bernoulli(1000, 0.5);
  const binary: BinaryCase[] = [
    {
      // Scores on a 0.05 grid: hundreds of ties, positive with negative, and many exactly 0.5.
      name: 'ties on a coarse grid',
      labels: tiedLabels,
      scores: tiedLabels.map((y) => Math.round(clamp01(0.35 * y + 0.65 * random()) * 20) / 20),
      threshold: 0.5,
    },
    {
      name: 'imbalanced (2 % positives), float32 scores',
      labels: rareLabels,
      scores: rareLabels.map((y) => Math.fround(random() ** (y === 1 ? 0.4 : 2.5))),
      threshold: 0.5,
    },
    {
      name: 'balanced, full float64 sigmoid scores',
      labels: wideLabels,
      scores: wideLabels.map((y) => 1 / (1 + Math.exp(-((2 * y - 1) * 0.8 + gaussian())))),
      threshold: 0.5,
    },
    {
      name: 'perfect ranking',
      labels: orderedLabels,
      scores: orderedLabels.map((y) => (y === 1 ? 0.6 + 0.4 * random() : 0.4 * random())),
      threshold: 0.5,
    },
    {
      name: 'inverted ranking',
      labels: orderedLabels,
      scores: orderedLabels.map((y) => (y === 0 ? 0.6 + 0.4 * random() : 0.4 * random())),
      threshold: 0.5,
    },
    {
      name: 'saturated scores (exact 0 and 1) at threshold 0.3',
      labels: saturatedLabels,
      scores: saturatedLabels.map(() => {
        const r = random();
        return r < 0.25 ? 0 : r < 0.5 ? 1 : random();
      }),
      threshold: 0.3,
    },
    {
      name: 'positives only',
      labels: rows(50).map(() => 1),
      scores: rows(50).map(() => random()),
      threshold: 0.5,
    },
  ];

  const threeLabels = uniformClass(3000, 3);
  const tiedFiveLabels = uniformClass(5000, 5);
  const softmaxLabels = uniformClass(20_000, 5);
  const fourOfFiveLabels = uniformClass(2000, 4);
  const multiclass: MulticlassCase[] = [
    {
      // Class 2 never reaches 0.2 while classes 0 and 1 share the rest: class 2 is never predicted.
      name: '3 classes, class 2 never predicted',
      labels: threeLabels,
      probabilities: threeLabels.flatMap((label) => {
        const p2 = 0.2 * random();
        const p0 =
          (1 - p2) * clamp01(0.5 + (label === 0 ? 0.3 : label === 1 ? -0.3 : 0) * random());
        return [p0, 1 - p2 - p0, p2];
      }),
      classCount: 3,
    },
    {
      // Small whole-number weights: ties within columns and ties for the argmax.
      name: '5 classes, tied probabilities',
      labels: tiedFiveLabels,
      probabilities: tiedFiveLabels.flatMap((label) => {
        const weights = rows(5).map((c) => Math.floor(random() * 4) + (c === label ? 2 : 0));
        const sum = weights.reduce((a, b) => a + b, 0);
        return weights.map((w) => w / sum);
      }),
      classCount: 5,
    },
    {
      name: '5 classes, float32 softmax',
      labels: softmaxLabels,
      probabilities: softmaxRows(softmaxLabels, 5, 1.5, true),
      classCount: 5,
    },
    {
      name: '5 classes, class 4 absent from the labels',
      labels: fourOfFiveLabels,
      probabilities: softmaxRows(fourOfFiveLabels, 5, 1, false),
      classCount: 5,
    },
  ];

  const noisyTargets = rows(10_000).map(() => 50 + 10 * gaussian());
  const regression: RegressionCase[] = [
    {
      name: 'noisy and biased',
      targets: noisyTargets,
      predictions: noisyTargets.map((t) => t + 0.5 + 3 * gaussian()),
    },
    {
      name: 'perfect',
      targets: noisyTargets.slice(0, 100),
      predictions: noisyTargets.slice(0, 100),
    },
    {
      name: 'constant targets',
      targets: rows(100).map(() => 7),
      predictions: rows(100).map(() => 7 + gaussian()),
    },
    { name: 'one row', targets: [3], predictions: [2] },
  ];
  return { binary, multiclass, regression };
}
