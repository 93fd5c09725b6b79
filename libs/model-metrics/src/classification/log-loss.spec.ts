import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { binaryLogLoss, multiclassLogLoss } from './log-loss';

describe('binaryLogLoss and multiclassLogLoss', () => {
  it('are the mean negative log-probability of the true class', () => {
    assertClose(binaryLogLoss([1, 0], [0.8, 0.3]), -(Math.log(0.8) + Math.log(0.7)) / 2);
    assertClose(
      multiclassLogLoss([0, 2], [0.7, 0.2, 0.1, 0.25, 0.25, 0.5], 3),
      -(Math.log(0.7) + Math.log(0.5)) / 2,
    );
  });

  it('clip a certain wrong answer at machine epsilon instead of going infinite', () => {
    assertClose(binaryLogLoss([0], [1]), -Math.log(Number.EPSILON));
    assertClose(binaryLogLoss([1], [1]), -Math.log(1 - Number.EPSILON));
    assertClose(multiclassLogLoss([1], [1, 0], 2), -Math.log(Number.EPSILON));
  });

  it('reject scores outside [0, 1] and rows that are not distributions', () => {
    assertInvalidInput(() => binaryLogLoss([1], [1.5]), /scores\[0\] is 1.5.*not logits/);
    assertInvalidInput(() => multiclassLogLoss([1], [0.5, 0.6], 2), /row 0 sums to 1.1/);
    assertInvalidInput(
      () => multiclassLogLoss([1], [0.5, 0.5, 0], 2),
      /3 values but labels has 1 rows/,
    );
    assertInvalidInput(() => multiclassLogLoss([1], [1], 1), /classCount is 1/);
  });
});
