import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluateGate } from '../gate/evaluate-gate';
import {
  batch,
  categorical,
  fakeModel,
  inputs,
  logisticModel,
  numeric,
  policy,
} from '../spec-support/gate-fixtures';

// Predicted positive when x > 0. Group A: 2 of 4 predicted positive, both positives found,
// accuracy 1. Group B: 1 of 4 predicted positive, 1 of 2 positives found, accuracy 3/4.
// Group C has no positive row, so its true positive rate is undefined.
const rawInputs = batch({
  group: categorical([...'AAAABBBBCC']),
  x: numeric([3, 3, -3, -3, 3, -3, -3, -3, -3, -3]),
});
const labels = [1, 1, 0, 0, 1, 1, 0, 0, 0, 0];
const fairness = (measure: string, minRatio: number, minRows = 2) => ({
  kind: 'fairness',
  name: `${measure}-${String(minRatio).replace('.', '_')}-${minRows}`,
  slice: { column: 'group' },
  measure,
  minRatio,
  minRows,
});

describe('fairness check', () => {
  it('compares the lowest group with the highest and names both', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [
          fairness('positive_rate', 0.4, 3),
          fairness('positive_rate', 0.6, 3),
          fairness('true_positive_rate', 0.5),
          fairness('accuracy', 0.8),
        ],
      }),
    );
    const [loose, strict, tpr, accuracy] = evaluation.checks;
    assert.deepEqual(
      [loose.metric, loose.comparator, loose.observed, loose.passed],
      ['fairness.group.positive_rate.ratio', 'gte', 0.5, true],
    );
    assert.equal(strict.passed, false);
    assert.match(
      strict.message,
      /lowest B \(0\.25\), highest A \(0\.5\), a ratio of 0\.5, below the minimum 0\.6/,
    );
    assert.match(strict.message, /1 slice\(s\) below 3 rows/);
    assert.deepEqual([tpr.observed, tpr.passed], [0.5, true]);
    assert.match(tpr.message, /true_positive_rate undefined and not judged for C/);
    assert.deepEqual([accuracy.observed, accuracy.passed], [0.75, false], 'B 3/4 over A and C 1');
    assert.deepEqual(
      evaluation.slices[2].slices.map((s) => [s.value, s.judged, s.metrics.true_positive_rate]),
      [
        ['A', true, 1],
        ['B', true, 0.5],
        ['C', false, undefined],
      ],
    );
  });

  it('follows the decision threshold of the policy; no group predicted positive is parity', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        policy: policy([fairness('positive_rate', 0.9, 3)], { decisionThreshold: 0.99 }),
      }),
    );
    // sigmoid(3) ≈ 0.953 is below 0.99: every group's positive rate is 0.
    assert.deepEqual(
      evaluation.slices[0].slices.map((s) => s.metrics.positive_rate),
      [0, 0, 0],
    );
    assert.deepEqual([evaluation.checks[0].observed, evaluation.checks[0].passed], [1, true]);
  });

  it('refuses rates of a positive class for a multiclass model, and fails with one group', async () => {
    const candidate = fakeModel(() => [0.5, 0.3, 0.2], { classLabels: ['a', 'b', 'c'] });
    const evaluation = await evaluateGate(
      inputs({
        task: 'multiclass_classification',
        classLabels: ['a', 'b', 'c'],
        rawInputs,
        labels: [0, 1, 2, 0, 0, 0, 0, 0, 0, 0],
        candidate,
        checks: [
          fairness('positive_rate', 0.8),
          fairness('accuracy', 0.5),
          fairness('accuracy', 0.1, 5),
        ],
      }),
    );
    const [rate, accuracy, lonely] = evaluation.checks;
    assert.equal(rate.passed, false);
    assert.match(
      rate.message,
      /positive_rate needs a binary classifier .* use the measure accuracy/,
    );
    assert.deepEqual([accuracy.observed, accuracy.passed], [0.5, true], 'A 2/4, B and C 1');
    assert.equal(lonely.passed, false);
    assert.match(lonely.message, /Only 0 group\(s\) of group could be judged/);
  });
});
