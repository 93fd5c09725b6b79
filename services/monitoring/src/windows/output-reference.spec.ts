import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outputReference } from './output-reference';

describe('outputReference', () => {
  it('takes a binary model’s test scores from its calibration bins', () => {
    const reference = outputReference('binary_classification', {
      roc: {},
      pr: {},
      calibration: {
        positive: {
          bins: [
            { lower: 0, upper: 0.1, meanPredicted: 0.05, observedRate: 0.1, count: 30 },
            { lower: 0.3, upper: 0.4, meanPredicted: 0.35, observedRate: 0.4, count: 10 },
          ],
        },
      },
      confusionMatrix: null,
    });
    assert.ok(reference !== null && reference.kind === 'numeric');
    assert.equal(reference.counts.length, reference.cuts.length + 1);
    assert.equal(reference.counts[0], 30);
    assert.equal(reference.counts[3], 10);
    assert.ok(Math.abs(reference.mean - 0.125) < 1e-12);
  });

  it('takes a multiclass model’s predicted classes from its confusion matrix columns', () => {
    const reference = outputReference('multiclass_classification', {
      roc: {},
      pr: {},
      calibration: {},
      confusionMatrix: {
        labels: ['rain', 'sun', 'fog'],
        counts: [
          [5, 1, 0],
          [2, 8, 0],
          [0, 1, 1],
        ],
      },
    });
    assert.ok(reference !== null && reference.kind === 'categorical');
    assert.deepEqual(reference.categories, ['sun', 'rain', 'fog']);
    assert.deepEqual(reference.counts, [10, 7, 1, 0]);
  });
});
