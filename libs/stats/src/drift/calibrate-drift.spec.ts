import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { chiSquareSurvival } from '../two-sample/chi-square';
import { BinomialSampler } from './binomial-sampler';
import { buildDriftReference } from './build-drift-reference';
import { calibrateDrift } from './calibrate-drift';
import { driftRows } from './drift-fixtures';

const reference = buildDriftReference(200_000, driftRows(200_000, 1));
const options = { alpha: 0.05, draws: 2000, seed: 42 };

/** The chi-square quantile, by bisection on its survival function. */
function chiSquareQuantile(level: number, dof: number): number {
  let [low, high] = [0, 1000];
  for (let i = 0; i < 100; i++) {
    const middle = (low + high) / 2;
    if (1 - chiSquareSurvival(middle, dof) < level) low = middle;
    else high = middle;
  }
  return low;
}

describe('calibrateDrift', () => {
  it('is deterministic for a seed, per column, and moves with the seed', () => {
    const first = calibrateDrift(reference, 1000, options);
    assert.deepEqual(calibrateDrift(reference, 1000, options), first);
    const subset = calibrateDrift(reference, 1000, { ...options, columns: ['colour', 'x'] });
    // Each column has its own stream; only the share of alpha (alpha / columns) changes.
    const shared = calibrateDrift(reference, 1000, {
      ...options,
      alpha: (0.05 * 2) / 7,
      columns: ['colour', 'x'],
    });
    assert.deepEqual(Object.keys(subset.columns), ['colour', 'x']);
    assert.equal(shared.columns.x.noiseThreshold, first.columns.x.noiseThreshold);
    const other = calibrateDrift(reference, 1000, { ...options, seed: 43 });
    assert.notEqual(other.columns.x.noiseThreshold, first.columns.x.noiseThreshold);
  });

  it('matches the large-sample law of the null PSI, (1/N + 1/M) · χ²(bins - 1)', () => {
    // x has no missing values: 10 deciles, 9 degrees of freedom.
    const calibration = calibrateDrift(reference, 1000, { ...options, draws: 4000 });
    assert.equal(Math.max(...calibration.columns.x.groups), 9);
    const expected = (1 / 200_000 + 1 / 1000) * chiSquareQuantile(1 - 0.05 / 7, 9);
    const actual = calibration.columns.x.noiseThreshold;
    assert.ok(Math.abs(actual / expected - 1) < 0.15, `${actual} vs ${expected}`);
  });

  it('narrows as the window grows, and keeps rare categories apart only when a window sees them', () => {
    const small = calibrateDrift(reference, 1000, options);
    const large = calibrateDrift(reference, 100_000, options);
    assert.ok(large.columns.x.noiseThreshold < small.columns.x.noiseThreshold / 20);
    const binsOf = (groups: number[]) => Math.max(...groups) + 1;
    // 300 Zipf airports: at 1,000 rows only those expected 5 times or more stay apart.
    assert.ok(binsOf(small.columns.airport.groups) < 40);
    assert.equal(binsOf(large.columns.airport.groups), 201);
  });

  it('rejects windows, alphas and draws it cannot use', () => {
    assert.throws(() => calibrateDrift(reference, 0, options), /windowRows/);
    assert.throws(() => calibrateDrift(reference, 10, { ...options, alpha: 1 }), /alpha/);
    assert.throws(() => calibrateDrift(reference, 10, { ...options, columns: ['nope'] }), /nope/);
  });
});

describe('BinomialSampler', () => {
  it('draws with the binomial mean and variance by inversion and by the normal limit', () => {
    const sampler = new BinomialSampler(1);
    for (const [n, p] of [
      [20, 0.3],
      [1_000_000, 0.000004],
      [1_000_000, 0.3],
      [500, 0.97],
    ]) {
      const draws = Array.from({ length: 20_000 }, () => sampler.binomial(n, p));
      const mean = draws.reduce((sum, k) => sum + k, 0) / draws.length;
      const variance = draws.reduce((sum, k) => sum + (k - mean) ** 2, 0) / (draws.length - 1);
      const [expectedMean, expectedVariance] = [n * p, n * p * (1 - p)];
      assert.ok(
        Math.abs(mean - expectedMean) < 4 * Math.sqrt(expectedVariance / draws.length),
        `mean ${n} ${p}: ${mean}`,
      );
      assert.ok(
        Math.abs(variance / expectedVariance - 1) < 0.05,
        `variance ${n} ${p}: ${variance}`,
      );
      assert.ok(draws.every((k) => Number.isInteger(k) && k >= 0 && k <= n));
    }
  });

  it('spreads n draws over the bins of a multinomial', () => {
    const sampler = new BinomialSampler(2);
    const out = new Float64Array(4);
    const totals = new Float64Array(4);
    for (let i = 0; i < 1000; i++) {
      sampler.multinomial(1000, Float64Array.of(0.5, 0.3, 0.2, 0), out);
      assert.equal(
        out.reduce((sum, k) => sum + k, 0),
        1000,
      );
      out.forEach((k, bin) => (totals[bin] += k));
    }
    assert.deepEqual(
      Array.from(totals, (total) => Math.round(total / 10_000)),
      [50, 30, 20, 0],
    );
  });
});
