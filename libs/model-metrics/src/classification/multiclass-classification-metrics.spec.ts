import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { multiclassClassificationMetrics } from './multiclass-classification-metrics';

// Four rows of three classes; argmax predicts [0, 1, 1, 2] for labels [0, 1, 2, 2].
const labels = [0, 1, 2, 2];
const rows = [
  [0.7, 0.2, 0.1],
  [0.3, 0.4, 0.3],
  [0.2, 0.5, 0.3],
  [0.1, 0.1, 0.8],
];

// By hand. Per class (precision, recall, f1): 0 → (1, 1, 1); 1 → (1/2, 1, 2/3); 2 → (1, 1/2, 2/3).
// One-vs-rest AUC: class 0 ranks its row first (1); class 1's 0.4 beats 0.2 and 0.1 but not 0.5
// (2/3); class 2's 0.3 and 0.8 against 0.1 and 0.3: 3.5 of 4 pairs. AP: 1; 1/2 (a negative 0.5
// ranks above it); (1 + 2/3) / 2 (0.8 first, then 0.3 tied with a negative).
const expected: Record<string, number> = {
  accuracy: 3 / 4,
  precision: 2.5 / 3,
  recall: 2.5 / 3,
  f1: (1 + 2 / 3 + 2 / 3) / 3,
  roc_auc: (1 + 2 / 3 + 3.5 / 4) / 3,
  pr_auc: (1 + 1 / 2 + 5 / 6) / 3,
  log_loss: -(Math.log(0.7) + Math.log(0.4) + Math.log(0.3) + Math.log(0.8)) / 4,
};

describe('multiclassClassificationMetrics', () => {
  it('computes macro metrics and one-vs-rest AUCs by hand', () => {
    const report = multiclassClassificationMetrics(labels, rows.flat(), 3, {
      classLabels: ['sun', 'rain', 'fog'],
    });
    assert.deepEqual(report.confusionMatrix, {
      labels: ['sun', 'rain', 'fog'],
      counts: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 1, 1],
      ],
    });
    assert.deepEqual(Object.keys(report.metrics).sort(), Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected))
      assertClose(report.metrics[name]!, value, name);
  });

  it('keeps a class seen nowhere in the matrix but out of every average', () => {
    const report = multiclassClassificationMetrics(
      labels,
      rows.flatMap((row) => [...row, 0]),
      4,
    );
    assert.deepEqual(report.confusionMatrix.counts, [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
    for (const [name, value] of Object.entries(expected))
      assertClose(report.metrics[name]!, value, name);
  });

  it('counts a class predicted but never true as a precision of 0', () => {
    // Row 1 is predicted 3, a class no label has. Classes 0, 1 and 3 are seen, class 2 is not:
    // precision and recall are (1 + 0 + 0) / 3 (class 3's recall is 0/0, counted as 0).
    const report = multiclassClassificationMetrics([0, 1], [0.9, 0.1, 0, 0, 0, 0.2, 0, 0.8], 4);
    assertClose(report.metrics['precision']!, (1 + 0 + 0) / 3);
    assertClose(report.metrics['recall']!, (1 + 0 + 0) / 3);
    assertClose(report.metrics['accuracy']!, 1 / 2);
  });

  it('predicts the first of tied classes, like argmax', () => {
    const report = multiclassClassificationMetrics([1], [0.4, 0.4, 0.2], 3);
    assert.deepEqual(report.confusionMatrix.counts[1], [1, 0, 0]);
  });

  it('reports NaN AUC for a split holding one class', () => {
    const report = multiclassClassificationMetrics([2, 2], [0.1, 0.1, 0.8, 0.3, 0.3, 0.4], 3);
    assert.ok(Number.isNaN(report.metrics['roc_auc']!));
    assertClose(report.metrics['pr_auc']!, 1);
    assertClose(report.metrics['accuracy']!, 1);
  });

  it('rejects labels, shapes and rows it cannot use', () => {
    const flat = rows.flat();
    assertInvalidInput(
      () => multiclassClassificationMetrics([0, 1, 3, 2], flat, 3),
      /labels\[2\] is 3, but each must be an integer class index in 0..2/,
    );
    assertInvalidInput(
      () => multiclassClassificationMetrics(labels, flat.slice(1), 3),
      /11 values but labels has 4 rows \(expected 4 rows × 3 = 12\)/,
    );
    assertInvalidInput(
      () => multiclassClassificationMetrics(labels, flat, 2.5),
      /classCount is 2.5/,
    );
    assertInvalidInput(() => multiclassClassificationMetrics([], [], 3), /empty/);
    assertInvalidInput(
      () => multiclassClassificationMetrics([0], [2, -1, 0], 3),
      /probabilities\[0\] is 2.*not logits/,
    );
    assertInvalidInput(
      () => multiclassClassificationMetrics([0], [0.5, 0.25, 0.125], 3),
      /row 0 sums to 0.875/,
    );
    assertInvalidInput(
      () => multiclassClassificationMetrics([0], [NaN, 0.5, 0.5], 3),
      /probabilities\[0\] is NaN/,
    );
    assertInvalidInput(
      () => multiclassClassificationMetrics(labels, flat, 3, { classLabels: ['a', 'b'] }),
      /classLabels has 2 names but the model has 3 classes/,
    );
  });
});
