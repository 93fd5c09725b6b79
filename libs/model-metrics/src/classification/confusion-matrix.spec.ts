import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { confusionMatrix } from './confusion-matrix';
import { classPrecisionRecallF1, macroPrecisionRecallF1 } from './precision-recall-f1';

describe('confusionMatrix and precision, recall, F1', () => {
  it('counts true classes by row and predicted classes by column', () => {
    assert.deepEqual(confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3, ['a', 'b', 'c']), {
      labels: ['a', 'b', 'c'],
      counts: [
        [1, 1, 0],
        [0, 1, 0],
        [1, 0, 2],
      ],
    });
  });

  it('derive per-class and macro values from the counts', () => {
    const counts = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ];
    // Class 0: TP 1, predicted 2, actual 2.
    assert.deepEqual(classPrecisionRecallF1(counts, 0), { precision: 0.5, recall: 0.5, f1: 0.5 });
    const macro = macroPrecisionRecallF1(counts);
    assertClose(macro.precision, (0.5 + 0.5 + 1) / 3);
    assertClose(macro.recall, (0.5 + 1 + 2 / 3) / 3);
    assertClose(macro.f1, (0.5 + 2 / 3 + 0.8) / 3);
  });

  it('names the predictions when they hold a class out of range', () => {
    assertInvalidInput(() => confusionMatrix([0, 1], [0, 4], 3), /predictions\[1\] is 4/);
  });
});
