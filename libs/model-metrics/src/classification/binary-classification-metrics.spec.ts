import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { binaryClassificationMetrics } from './binary-classification-metrics';

describe('binaryClassificationMetrics', () => {
  // Predictions at 0.5: [1, 0, 1, 0, 1] (0.5 itself is not above the threshold), so TP 2 (rows 0
  // and 4), FN 1 (row 1), FP 1 (row 2), TN 1 (row 3).
  const labels = [1, 1, 0, 0, 1];
  const scores = [0.9, 0.5, 0.6, 0.2, 0.7];

  it('computes every metric of a small split by hand', () => {
    const report = binaryClassificationMetrics(labels, scores);
    assert.deepEqual(report.confusionMatrix, {
      labels: ['0', '1'],
      counts: [
        [1, 1],
        [1, 2],
      ],
    });
    const expected: Record<string, number> = {
      accuracy: 3 / 5,
      precision: 2 / 3,
      recall: 2 / 3,
      f1: 4 / 6,
      // Of 6 positive/negative pairs only (0.5, 0.6) is ranked the wrong way round.
      roc_auc: 5 / 6,
      // Top down: 0.9 P (1/1), 0.7 P (2/2), 0.6 N, 0.5 P (3/4).
      pr_auc: (1 + 1 + 3 / 4) / 3,
      log_loss: -[0.9, 0.5, 0.4, 0.8, 0.7].reduce((sum, p) => sum + Math.log(p), 0) / 5,
    };
    assert.deepEqual(Object.keys(report.metrics).sort(), Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected))
      assertClose(report.metrics[name]!, value, name);
  });

  it('applies the threshold and names the classes', () => {
    const report = binaryClassificationMetrics(labels, scores, {
      threshold: 0.8,
      classLabels: ['on time', 'delayed'],
    });
    assert.deepEqual(report.confusionMatrix.labels, ['on time', 'delayed']);
    assert.deepEqual(report.confusionMatrix.counts, [
      [2, 0],
      [2, 1],
    ]);
    assertClose(report.metrics['precision']!, 1);
    assertClose(report.metrics['recall']!, 1 / 3);
  });

  it('gives 0, not NaN, for precision and f1 when nothing is predicted positive', () => {
    const report = binaryClassificationMetrics([1, 0], [0.2, 0.1]);
    assert.equal(report.metrics['precision'], 0);
    assert.equal(report.metrics['f1'], 0);
    assert.equal(report.metrics['recall'], 0);
  });

  it('reports NaN AUC and AP but finite counts for a split of negatives only', () => {
    const report = binaryClassificationMetrics([0, 0, 0], [0.1, 0.7, 0.2]);
    assert.ok(Number.isNaN(report.metrics['roc_auc']!));
    assert.ok(Number.isNaN(report.metrics['pr_auc']!));
    assertClose(report.metrics['accuracy']!, 2 / 3);
    assert.equal(report.metrics['precision'], 0);
  });

  it('accepts typed arrays, as a model outputs them', () => {
    const report = binaryClassificationMetrics(Uint8Array.from(labels), Float32Array.from(scores));
    assertClose(report.metrics['roc_auc']!, 5 / 6);
  });

  it('rejects a threshold, class names or scores it cannot use', () => {
    assertInvalidInput(
      () => binaryClassificationMetrics(labels, scores, { threshold: NaN }),
      /threshold is NaN/,
    );
    assertInvalidInput(
      () => binaryClassificationMetrics(labels, scores, { threshold: 2 }),
      /threshold is 2/,
    );
    assertInvalidInput(
      () => binaryClassificationMetrics(labels, scores, { classLabels: ['only one'] }),
      /classLabels has 1 names but the model has 2 classes/,
    );
    assertInvalidInput(
      () => binaryClassificationMetrics([1, 0], [0.5, -0.1]),
      /scores\[1\] is -0.1/,
    );
    assertInvalidInput(() => binaryClassificationMetrics([1, 0], [0.5]), /scores has 1 values/);
    assertInvalidInput(() => binaryClassificationMetrics([1, -1], [0.5, 0.5]), /labels\[1\] is -1/);
  });
});
