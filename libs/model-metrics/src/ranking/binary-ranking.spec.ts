import { describe, it } from 'node:test';
import { assertClose, assertInvalidInput } from '../spec-support/assert-metrics';
import { averagePrecision, rocAuc } from './binary-ranking';

// Expected values by hand: AUC = (pairs where the positive scores higher + ½ · tied pairs) /
// (positives · negatives); AP = Σ over thresholds, top down, of (new positives / positives) ·
// precision at that threshold.
describe('rocAuc and averagePrecision', () => {
  it('score the textbook example (AUC 3/4, AP (1 + 2/3) / 2)', () => {
    const labels = [0, 0, 1, 1];
    const scores = [0.1, 0.4, 0.35, 0.8];
    assertClose(rocAuc(labels, scores), 0.75);
    assertClose(averagePrecision(labels, scores), 5 / 6);
  });

  it('count a positive tied with a negative as half a pair and enter ties as one block', () => {
    const labels = [1, 0, 1, 0];
    const scores = [0.9, 0.6, 0.6, 0.1];
    assertClose(rocAuc(labels, scores), 3.5 / 4);
    // 0.9: 1 of 2 positives at precision 1; 0.6: the second one at precision 2/3.
    assertClose(averagePrecision(labels, scores), (1 + 2 / 3) / 2);
    assertClose(rocAuc(labels, [0.5, 0.5, 0.5, 0.5]), 0.5);
    assertClose(averagePrecision(labels, [0.5, 0.5, 0.5, 0.5]), 0.5);
  });

  it('give 1 for a perfect ranking and 0 AUC for an inverted one', () => {
    assertClose(rocAuc([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1]), 1);
    assertClose(averagePrecision([1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1]), 1);
    assertClose(rocAuc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]), 0);
    // 0.2: 1 positive at 1/3; 0.1: the second at 2/4.
    assertClose(averagePrecision([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]), (1 / 3 + 1 / 2) / 2);
  });

  it('rank any finite scores, negative ones and -0 included', () => {
    assertClose(rocAuc([0, 1, 0, 1], [-3, -0, 0, 2]), 3.5 / 4);
  });

  it('is NaN where undefined: AUC with one class, AP without positives', () => {
    assertClose(rocAuc([1, 1], [0.2, 0.4]), Number.NaN);
    assertClose(rocAuc([0, 0], [0.2, 0.4]), Number.NaN);
    assertClose(averagePrecision([0, 0], [0.2, 0.4]), Number.NaN);
    assertClose(averagePrecision([1, 1], [0.2, 0.4]), 1);
  });

  it('reject mismatched, empty, NaN and non-0/1 input', () => {
    assertInvalidInput(() => rocAuc([0, 1], [0.5]), /scores has 1 values but labels has 2 rows/);
    assertInvalidInput(() => rocAuc([], []), /empty/);
    assertInvalidInput(
      () => rocAuc([0, 2], [0.1, 0.2]),
      /labels\[1\] is 2, but each must be 0 or 1/,
    );
    assertInvalidInput(() => rocAuc([0, 0.5], [0.1, 0.2]), /labels\[1\] is 0.5/);
    assertInvalidInput(() => averagePrecision([0, NaN], [0.1, 0.2]), /labels\[1\] is NaN/);
    assertInvalidInput(() => rocAuc([0, 1], [0.1, NaN]), /scores\[1\] is NaN/);
    assertInvalidInput(() => rocAuc([0, 1], [Infinity, 0]), /scores\[0\] is Infinity/);
  });
});
