import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyClip } from './clip-step';
import { applyImpute, fitImpute, missingIndicator } from './impute-step';
import { applyLog1p } from './log1p-step';
import { applyMinMax, fitMinMax } from './min-max-step';
import { runNumericChain } from './numeric-chain';
import { applyStandardize, fitStandardize } from './standardize-step';

const f64 = (...xs: number[]) => Float64Array.from(xs);

describe('impute', () => {
  it('fits mean, median and constant, ignoring NaN', () => {
    const x = f64(1, NaN, 2, 10, NaN);
    assert.deepEqual(fitImpute({ kind: 'impute', strategy: 'mean' }, x), {
      kind: 'impute',
      value: 13 / 3,
    });
    assert.equal(fitImpute({ kind: 'impute', strategy: 'median' }, x).value, 2);
    assert.equal(
      fitImpute({ kind: 'impute', strategy: 'median' }, f64(4, 1, NaN, 3, 2)).value,
      2.5,
    );
    assert.equal(fitImpute({ kind: 'impute', strategy: 'constant', value: -1 }, x).value, -1);
  });

  it('fills an all-missing column with 0', () => {
    assert.equal(fitImpute({ kind: 'impute', strategy: 'mean' }, f64(NaN, NaN)).value, 0);
    assert.equal(fitImpute({ kind: 'impute', strategy: 'median' }, f64()).value, 0);
  });

  it('replaces NaN and marks it in the indicator', () => {
    const x = f64(1, NaN, 3);
    assert.deepEqual([...missingIndicator(x)], [0, 1, 0]);
    applyImpute(x, { kind: 'impute', value: 7 });
    assert.deepEqual([...x], [1, 7, 3]);
  });
});

describe('clip and log1p', () => {
  it('clamps to the bounds given, leaving NaN', () => {
    const x = f64(-100, 0, 300, NaN);
    applyClip(x, { kind: 'clip', min: -60, max: 240 });
    assert.deepEqual([...x], [-60, 0, 240, NaN]);
    const y = f64(-5, 5);
    applyClip(y, { kind: 'clip', min: 0 });
    assert.deepEqual([...y], [0, 5]);
  });

  it('takes log1p of max(x, 0)', () => {
    const x = f64(-3, 0, Math.E - 1, NaN);
    applyLog1p(x);
    assert.deepEqual([...x], [0, 0, 1, NaN]);
  });
});

describe('standardize and min_max', () => {
  it('uses the population std over non-missing values', () => {
    const fit = fitStandardize(f64(2, 4, 4, 4, 5, 5, 7, 9, NaN));
    assert.deepEqual(fit, { kind: 'standardize', mean: 5, std: 2 });
    const x = f64(9, NaN, 3);
    applyStandardize(x, fit);
    assert.deepEqual([...x], [2, NaN, -1]);
  });

  it('maps a constant column to 0', () => {
    const fit = fitStandardize(f64(3, 3, NaN));
    assert.deepEqual(fit, { kind: 'standardize', mean: 3, std: 1 });
    assert.deepEqual(fitStandardize(f64(NaN)), { kind: 'standardize', mean: 0, std: 1 });
    const mm = fitMinMax(f64(4, 4));
    const x = f64(4, 5);
    applyMinMax(x, mm);
    assert.deepEqual([...x], [0, 1]);
  });

  it('scales by the fitted range', () => {
    const fit = fitMinMax(f64(NaN, 2, 10, 6));
    assert.deepEqual(fit, { kind: 'min_max', min: 2, max: 10 });
    const x = f64(2, 6, 14, NaN);
    applyMinMax(x, fit);
    assert.deepEqual([...x], [0, 0.5, 1.5, NaN]);
  });
});

describe('numeric chain', () => {
  it('fits each step on the output of the previous ones', () => {
    const fitted: unknown[] = [];
    const out = runNumericChain(
      [
        { kind: 'impute', strategy: 'median', indicator: true },
        { kind: 'log1p' },
        { kind: 'standardize' },
      ],
      null,
      f64(Math.E - 1, NaN, Math.E ** 3 - 1),
      fitted as never,
    );
    // median of the raw values is (e-1 + e³-1)/2; standardize sees log1p of the imputed values.
    const median = (Math.E - 1 + Math.E ** 3 - 1) / 2;
    const logs = [1, Math.log1p(median), 3];
    const mean = (logs[0] + logs[1] + logs[2]) / 3;
    assert.deepEqual(fitted[0], { kind: 'impute', value: median });
    assert.equal(fitted[1], null);
    const std = fitted[2] as { mean: number; std: number };
    assert.ok(Math.abs(std.mean - mean) < 1e-12);
    assert.deepEqual([...out.indicators[0]], [0, 1, 0]);
    assert.equal(out.buckets, null);
  });

  it('keeps NaN to the end when nothing imputes', () => {
    const out = runNumericChain([{ kind: 'clip', max: 1 }], [null], f64(NaN, 5));
    assert.deepEqual([...out.values], [NaN, 1]);
  });
});
