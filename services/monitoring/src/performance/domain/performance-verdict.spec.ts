import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { judgePerformance } from './performance-verdict';

const AUC = { metric: 'roc_auc', maxDrop: 0.05, minLabels: 100 };

describe('judgePerformance', () => {
  it('calls a drop beyond maxDrop degraded, and one within it not', () => {
    const degraded = judgePerformance(AUC, 500, { roc_auc: 0.69 }, 0.75);
    assert.deepEqual(degraded, {
      judged: true,
      degraded: true,
      observed: 0.69,
      baseline: 0.75,
      limit: 0.7,
    });
    const within = judgePerformance(AUC, 500, { roc_auc: 0.71 }, 0.75);
    assert.equal(within.judged && within.degraded, false);
  });

  it('treats error metrics the other way round', () => {
    const rmse = { metric: 'rmse', maxDrop: 2, minLabels: 10 };
    const worse = judgePerformance(rmse, 10, { rmse: 12.5 }, 10);
    assert.equal(worse.judged && worse.degraded, true);
    const better = judgePerformance(rmse, 10, { rmse: 3 }, 10);
    assert.equal(better.judged && better.degraded, false);
  });

  it('does not judge below minLabels or without both values', () => {
    assert.equal(judgePerformance(AUC, 99, { roc_auc: 0.1 }, 0.75).judged, false);
    assert.equal(judgePerformance(AUC, 500, { accuracy: 0.1 }, 0.75).judged, false);
    assert.equal(judgePerformance(AUC, 500, { roc_auc: 0.1 }, undefined).judged, false);
  });
});
