import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { multiclassClassificationMetrics, rocAuc } from '@loopline/model-metrics';
import { seededRandom } from '@loopline/stats';
import type { GateData } from '../gate/gate-data';
import { batch, numeric } from '../spec-support/gate-fixtures';
import { calibrationBins } from './calibration-bins';
import { MAX_CURVE_POINTS, precisionRecallCurve, rocCurve, trapezoidArea } from './curves';
import { evaluationPlots } from './evaluation-plots';
import { thresholdSweep } from './threshold-sweep';

/** Labels and scores where a higher score means a positive more often; `digits` makes ties. */
function ranked(n: number, seed: number, digits: number | null) {
  const random = seededRandom(seed);
  const labels: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = random() < 0.3 ? 1 : 0;
    const raw = Math.min(1, Math.max(0, 0.35 + 0.3 * label + (random() - 0.5) * 0.8));
    labels.push(label);
    scores.push(digits === null ? raw : Number(raw.toFixed(digits)));
  }
  return { labels, scores };
}

const sweepOf = (labels: number[], scores: number[]) =>
  thresholdSweep(scores, labels.length, (row) => labels[row] === 1);

describe('curves', () => {
  it('give the ROC AUC by the trapezoid rule, ties included', () => {
    const { labels, scores } = ranked(5_000, 3, 2);
    const roc = rocCurve(sweepOf(labels, scores));
    assert.ok(roc !== null && roc.x.length <= MAX_CURVE_POINTS);
    assert.ok(Math.abs(trapezoidArea(roc) - rocAuc(labels, scores)) < 1e-12);
    assert.deepEqual([roc.x[0], roc.y[0], roc.x.at(-1), roc.y.at(-1)], [0, 0, 1, 1]);
  });

  it('stay within about 200 points and close to the AUC on many distinct scores', () => {
    const { labels, scores } = ranked(20_000, 4, null);
    const sweep = sweepOf(labels, scores);
    assert.ok(sweep.thresholds.length > 10_000);
    const roc = rocCurve(sweep);
    const pr = precisionRecallCurve(sweep);
    assert.ok(roc !== null && pr !== null);
    assert.equal(roc.x.length, MAX_CURVE_POINTS);
    assert.equal(pr.x.length, MAX_CURVE_POINTS);
    assert.ok(Math.abs(trapezoidArea(roc) - rocAuc(labels, scores)) < 1e-3);
    assert.equal(pr.x.at(-1), 1, 'the last point finds every positive');
  });

  it('label each point with the threshold a row must be above to count positive', () => {
    const labels = [0, 1, 0, 1, 1];
    const scores = [0.1, 0.4, 0.4, 0.8, 0];
    const sweep = sweepOf(labels, scores);
    assert.deepEqual(sweep.thresholds, [0.4, 0.1, 0, -1]);
    for (let i = 0; i < sweep.thresholds.length; i++) {
      const above = scores.filter((s) => s > sweep.thresholds[i]).length;
      assert.equal(sweep.truePositives[i] + sweep.falsePositives[i], above);
    }
    const roc = rocCurve(sweep);
    assert.deepEqual(roc?.thresholds, [0.8, 0.4, 0.1, 0, -1]);
    assert.deepEqual(roc?.y, [0, 1 / 3, 2 / 3, 2 / 3, 1]);
    assert.deepEqual(precisionRecallCurve(sweep)?.y, [1, 2 / 3, 2 / 4, 3 / 5]);
    assert.equal(rocCurve(sweepOf([1, 1], [0.2, 0.3])), null, 'undefined with one class');
  });

  it('bin calibration by predicted probability', () => {
    const labels = [0, 1, 1, 0, 1];
    const { bins } = calibrationBins([0.05, 0.15, 0.12, 0.95, 1], 5, (row) => labels[row] === 1);
    assert.deepEqual(
      bins.map((b) => [b.lower, b.upper, b.count, b.observedRate]),
      [
        [0, 0.1, 1, 0],
        [0.1, 0.2, 2, 1],
        [0.9, 1, 2, 0.5],
      ],
    );
    assert.ok(Math.abs(bins[1].meanPredicted - 0.135) < 1e-12);
  });

  it('plot one-vs-rest curves per class of a multiclass model, skipping absent classes', () => {
    const probabilities = Float32Array.from([
      0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.3, 0.3, 0.4, 0.1, 0.6, 0.3,
    ]);
    const labels = Float32Array.from([0, 1, 0, 1]);
    const data: GateData = {
      task: 'multiclass_classification',
      labels,
      classLabels: ['sun', 'rain', 'fog'],
      width: 3,
      decisionThreshold: 0.5,
      rawInputs: batch({ x: numeric([0, 0, 0, 0]) }),
      rows: 4,
    };
    const report = multiclassClassificationMetrics(labels, probabilities, 3, {
      classLabels: data.classLabels,
    });
    const plots = evaluationPlots(data, probabilities, report.confusionMatrix);
    assert.deepEqual(Object.keys(plots.roc), ['sun', 'rain']);
    assert.deepEqual(Object.keys(plots.calibration), ['sun', 'rain', 'fog']);
    assert.equal(trapezoidArea(plots.roc.sun), 1, 'sun rows score 0.7 and 0.3 against 0.2 and 0.1');
    assert.deepEqual(plots.confusionMatrix?.counts, [
      [1, 0, 1],
      [0, 2, 0],
      [0, 0, 0],
    ]);
  });
});
