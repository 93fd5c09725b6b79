import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { ksFromCounts, ksPValue, ksTwoSample } from './kolmogorov-smirnov';

const rejects = (run: () => unknown, mentions: RegExp) =>
  assert.throws(
    run,
    (error: unknown) =>
      error instanceof PlatformError &&
      error.code === StatsErrorCode.InvalidDistribution &&
      mentions.test(error.message),
  );

describe('ksTwoSample', () => {
  it('rejects an empty sample and NaN, saying which side and where', () => {
    rejects(() => ksTwoSample([], [1, 2]), /first sample is empty/);
    rejects(() => ksTwoSample([1], []), /second sample is empty/);
    rejects(() => ksTwoSample([1, 2], [3, NaN, 4]), /second sample holds NaN at index 1/);
  });

  it('gives statistic 0 and p-value 1 for identical samples, in any order and container', () => {
    const a = [3.5, -1, 2, 2, 7];
    assert.deepEqual(ksTwoSample(a, Float64Array.from([7, 2, -1, 3.5, 2])), {
      statistic: 0,
      pValue: 1,
    });
  });

  it('treats all-tied samples as one step each', () => {
    assert.deepEqual(ksTwoSample([4, 4, 4], [4, 4]), { statistic: 0, pValue: 1 });
    const apart = ksTwoSample(new Float32Array(40).fill(3), new Float32Array(25).fill(4));
    assert.equal(apart.statistic, 1);
    assert.equal(apart.pValue, 0);
  });

  it('counts a tie across the samples once, as the empirical CDFs do', () => {
    // By hand: CDFs at 1, 2, 3 are (1/2, 1, 1) and (0, 1/2, 1), so D = 1/2.
    assert.equal(ksTwoSample([1, 2], [2, 3]).statistic, 0.5);
  });

  it('accepts infinities, which have a place in the order', () => {
    assert.equal(ksTwoSample([-Infinity, 0], [0, Infinity]).statistic, 0.5);
  });
});

describe('ksFromCounts', () => {
  it('equals ksTwoSample on the samples the counts describe', () => {
    const counts = ksFromCounts([2, 0, 3, 1], [0, 4, 1, 1]);
    const samples = ksTwoSample([0, 0, 2, 2, 2, 3], [1, 1, 1, 1, 2, 3]);
    assert.deepEqual(counts, samples);
  });

  it('rejects misaligned, negative, non-finite or empty count vectors', () => {
    rejects(() => ksFromCounts([1, 2], [1, 2, 3]), /aligned/);
    rejects(() => ksFromCounts([], []), /aligned and non-empty/);
    rejects(() => ksFromCounts([1, -1], [1, 1]), /first count vector holds -1 at bin 1/);
    rejects(() => ksFromCounts([1, 1], [Infinity, 1]), /second count vector holds Infinity/);
    rejects(() => ksFromCounts([0, 0], [1, 1]), /sums to 0/);
  });
});

describe('ksPValue', () => {
  it('is 1 at statistic 0 and 0 at statistic 1 for large samples', () => {
    assert.equal(ksPValue(0, 500, 700), 1);
    assert.equal(ksPValue(1, 500, 700), 0);
  });

  it('answers 1 where the effective size rounds to 0 (scipy answers NaN there)', () => {
    // One value against one: n·m/(n+m) = 0.5, which numpy rounds half to even, to 0.
    assert.equal(ksPValue(1, 1, 1), 1);
  });

  it('stays exact where scipy 1.17 overflows inside its matrix power', () => {
    // kstwo.sf(4.7054e-4, 49016) comes back 0 from scipy (overflow in matmul); with
    // √n·d ≈ 0.104 the Kolmogorov CDF is about 1e-48, so the survival function is 1.
    assert.equal(ksPValue(0.0004705446265433328, 2 * 49016, 2 * 49016), 1);
  });

  it('rejects sizes that are not positive and a NaN statistic', () => {
    rejects(() => ksPValue(0.1, 0, 10), /positive sample sizes/);
    rejects(() => ksPValue(NaN, 10, 10), /positive sample sizes/);
  });
});
