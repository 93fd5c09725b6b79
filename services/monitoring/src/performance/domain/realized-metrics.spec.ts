import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { regressionMetrics, rocAuc } from '@loopline/model-metrics';
import { realizedMetrics } from './realized-metrics';
import { aucFromHistograms, SCORE_BINS, scoreBin } from './score-histogram';
import { addOutcome, emptyTallies, type LabeledOutcome } from './window-tallies';

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores of a fair classifier: positives lean high, so the AUC is about 0.68. */
function sample(rows: number, seed: number) {
  const random = generator(seed);
  const labels = new Float64Array(rows);
  const scores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    labels[i] = random() < 0.3 ? 1 : 0;
    const noise = (random() + random() + random()) / 3;
    scores[i] = Math.min(1, Math.max(0, 0.1 * labels[i] + 0.9 * noise));
  }
  return { labels, scores };
}

function binaryOutcome(label: number, score: number): LabeledOutcome {
  const predicted = score >= 0.5 ? '1' : '0';
  return {
    predictedLabel: predicted,
    predictedValue: null,
    score,
    labelClass: String(label),
    labelValue: label,
  };
}

describe('histogram AUC', () => {
  it('is within 1e-5 of the exact AUC on 100,000 scores, and within its own error bound', () => {
    const { labels, scores } = sample(100_000, 7);
    const positives = new Float64Array(SCORE_BINS);
    const negatives = new Float64Array(SCORE_BINS);
    labels.forEach((label, i) => (label === 1 ? positives : negatives)[scoreBin(scores[i])]++);
    const exact = rocAuc(labels, scores);
    const { auc, maxError } = aucFromHistograms(positives, negatives);
    assert.ok(exact > 0.6 && exact < 0.75, `exact AUC ${exact}`);
    assert.ok(Math.abs(auc - exact) <= maxError + 1e-12, `|${auc} - ${exact}| > bound ${maxError}`);
    assert.ok(Math.abs(auc - exact) < 1e-5, `|${auc} - ${exact}| = ${Math.abs(auc - exact)}`);
    assert.ok(maxError < 1e-3, `bound ${maxError}`);
  });

  it('is exact when no bin holds both classes, and gives ties one half', () => {
    const positives = new Float64Array(SCORE_BINS);
    const negatives = new Float64Array(SCORE_BINS);
    positives[scoreBin(0.9)] = 2;
    positives[scoreBin(0.2)] = 1;
    negatives[scoreBin(0.5)] = 1;
    negatives[scoreBin(0.1)] = 1;
    const scores = [0.9, 0.9, 0.2, 0.5, 0.1];
    const labels = [1, 1, 1, 0, 0];
    assert.equal(aucFromHistograms(positives, negatives).auc, rocAuc(labels, scores));
    assert.equal(aucFromHistograms(positives, negatives).maxError, 0);
    const tied = aucFromHistograms([0, 3], [0, 1]);
    assert.equal(tied.auc, 0.5);
  });

  it('is undefined with one class only', () => {
    assert.ok(Number.isNaN(aucFromHistograms([1, 2], [0, 0]).auc));
  });

  it('clamps scores outside [0, 1] into the edge bins', () => {
    assert.equal(scoreBin(-0.5), 0);
    assert.equal(scoreBin(NaN), 0);
    assert.equal(scoreBin(1), SCORE_BINS - 1);
    assert.equal(scoreBin(0.4999), 499);
  });
});

describe('realized metrics from tallies', () => {
  it('binary: accuracy, precision, recall, f1 and roc_auc match a direct count', () => {
    const { labels, scores } = sample(20_000, 11);
    const tallies = emptyTallies();
    labels.forEach((label, i) => addOutcome(tallies, 'binary', binaryOutcome(label, scores[i])));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let correct = 0;
    labels.forEach((label, i) => {
      const predicted = scores[i] >= 0.5 ? 1 : 0;
      if (predicted === label) correct++;
      if (predicted === 1 && label === 1) tp++;
      if (predicted === 1 && label === 0) fp++;
      if (predicted === 0 && label === 1) fn++;
    });
    const metrics = realizedMetrics('binary', tallies);
    assert.equal(metrics.accuracy, correct / labels.length);
    assert.equal(metrics.precision, tp / (tp + fp));
    assert.equal(metrics.recall, tp / (tp + fn));
    assert.equal(metrics.f1, (2 * tp) / (2 * tp + fp + fn));
    assert.ok(Math.abs(metrics.roc_auc - rocAuc(labels, scores)) < 5e-4);
  });

  it('taking an outcome out again restores the tallies (a replaced label)', () => {
    const tallies = emptyTallies();
    addOutcome(tallies, 'binary', binaryOutcome(1, 0.8));
    addOutcome(tallies, 'binary', binaryOutcome(0, 0.3));
    const before = realizedMetrics('binary', tallies);
    addOutcome(tallies, 'binary', binaryOutcome(0, 0.9));
    addOutcome(tallies, 'binary', binaryOutcome(0, 0.9), -1);
    assert.deepEqual(realizedMetrics('binary', tallies), before);
    assert.equal(tallies.labeled, 2);
    assert.equal(before.roc_auc, 1);
    assert.equal(before.accuracy, 1);
  });

  it('multiclass: accuracy only', () => {
    const tallies = emptyTallies();
    for (const [predicted, actual] of [
      ['sun', 'sun'],
      ['rain', 'sun'],
      ['fog', 'fog'],
      ['sun', 'drizzle'],
    ])
      addOutcome(tallies, 'multiclass', {
        predictedLabel: predicted,
        predictedValue: null,
        score: null,
        labelClass: actual,
        labelValue: 0,
      });
    assert.deepEqual(realizedMetrics('multiclass', tallies), { accuracy: 0.5 });
  });

  it('regression: rmse and mae equal the exact ones', () => {
    const random = generator(3);
    const targets = Float64Array.from({ length: 5_000 }, () => random() * 100);
    const predictions = targets.map((t) => t + (random() - 0.5) * 20);
    const tallies = emptyTallies();
    targets.forEach((target, i) =>
      addOutcome(tallies, 'regression', {
        predictedLabel: null,
        predictedValue: predictions[i],
        score: null,
        labelClass: null,
        labelValue: target,
      }),
    );
    const exact = regressionMetrics(targets, predictions).metrics;
    const metrics = realizedMetrics('regression', tallies);
    assert.ok(Math.abs(metrics.rmse - exact.rmse) < 1e-9, `${metrics.rmse} vs ${exact.rmse}`);
    assert.ok(Math.abs(metrics.mae - exact.mae) < 1e-9, `${metrics.mae} vs ${exact.mae}`);
  });

  it('reports nothing without labels, and leaves out metrics the labels cannot define', () => {
    assert.deepEqual(realizedMetrics('binary', emptyTallies()), {});
    const tallies = emptyTallies();
    addOutcome(tallies, 'binary', binaryOutcome(0, 0.2));
    assert.deepEqual(realizedMetrics('binary', tallies), { accuracy: 1 });
  });
});
