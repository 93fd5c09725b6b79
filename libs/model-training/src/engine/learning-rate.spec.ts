import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { LearningRateSchedule } from '../config/training-config';
import { learningRateAt } from './learning-rate';

const rates = (schedule: LearningRateSchedule, epochs = 5) =>
  Array.from({ length: epochs }, (_, e) =>
    learningRateAt({ name: 'adam', learningRate: 0.1, momentum: 0, schedule }, e, epochs),
  );

describe('learningRateAt', () => {
  it('follows each schedule', () => {
    assert.deepEqual(rates({ kind: 'constant' }), [0.1, 0.1, 0.1, 0.1, 0.1]);
    assert.deepEqual(
      rates({ kind: 'step', factor: 0.5, everyEpochs: 2 }),
      [0.1, 0.1, 0.05, 0.05, 0.025],
    );
    const exponential = rates({ kind: 'exponential', decayRate: 0.9 });
    exponential.forEach((r, e) => assert.ok(Math.abs(r - 0.1 * 0.9 ** e) < 1e-15));
    const cosine = rates({ kind: 'cosine', minLearningRate: 0.01 });
    assert.equal(cosine[0], 0.1);
    assert.ok(Math.abs(cosine[2] - 0.055) < 1e-12);
    assert.ok(Math.abs(cosine[4] - 0.01) < 1e-12);
    assert.deepEqual(rates({ kind: 'cosine', minLearningRate: 0.01 }, 1), [0.1]);
  });
});
