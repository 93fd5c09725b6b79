import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kolmogorovCdfDurbin } from './durbin-matrix';
import { kolmogorovSurvival } from './kolmogorov-distribution';
import { kolmogorovCdfPomeranz } from './pomeranz-recursion';
import { smirnovSurvival } from './smirnov-distribution';

const close = (actual: number, expected: number, relative: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${what}: ${actual} != ${expected}`,
  );

// These check the methods against each other and against closed forms, independently of the
// scipy fixture: two exact algorithms derived differently must agree to rounding.
describe('Kolmogorov distribution methods', () => {
  it('Durbin matrix and Pomeranz recursion agree wherever both apply', () => {
    for (const n of [2, 3, 7, 20, 64, 139]) {
      for (const t of [1.01, 1.5, 2, 2.5, 3.25, n / 3, n / 2 - 0.1]) {
        const d = t / n;
        if (t <= 1 || d >= 0.5) continue;
        close(kolmogorovCdfPomeranz(n, d), kolmogorovCdfDurbin(n, d), 1e-11, `n=${n} t=${t}`);
      }
    }
  });

  it('handles a whole or half-whole n·d, where Pomeranz intervals have zero length', () => {
    for (const t of [2, 2.5, 3, 7.5]) {
      close(kolmogorovCdfPomeranz(40, t / 40), kolmogorovCdfDurbin(40, t / 40), 1e-11, `t=${t}`);
    }
  });

  it('matches the Ruben–Gambino closed forms at the ends of the support', () => {
    // n = 3, d = 0.4: t = 1.2 ≤ 1 is false; d = 0.3: t = 0.9, P(D ≤ d) = 3!/3³ (2t − 1)³.
    close(kolmogorovSurvival(0.3, 3), 1 - (6 / 27) * 0.8 ** 3, 1e-15, 'lower end');
    // t ≥ n − 1: P(D > d) = 2 (1 − d)ⁿ.
    close(kolmogorovSurvival(0.9, 10), 2 * 0.1 ** 10, 1e-12, 'upper end');
    assert.equal(kolmogorovSurvival(0.01, 10), 1);
  });

  it('one-sided Smirnov: exact for n = 2, and the two-sided tail is about twice it', () => {
    // n = 2, 1/2 ≤ x < 1: P(D⁺ > x) = (1 − x)², by the Birnbaum–Tingey sum's one term.
    close(smirnovSurvival(2, 0.7), 0.09, 1e-14, 'n=2');
    // In the far tail the chance of crossing both boundaries is negligible.
    const n = 1000;
    const d = Math.sqrt(100 / n);
    close(kolmogorovSurvival(d, n), 2 * smirnovSurvival(n, d), 1e-12, 'tail');
    // At n = 10⁶ the exact sum meets the approximation scipy switches to past 10⁶.
    const big = 1_000_000;
    const x = Math.sqrt(2 / big);
    close(smirnovSurvival(big, x), Math.exp(-((6 * big * x + 1) ** 2) / 18 / big), 1e-5, 'switch');
  });
});
